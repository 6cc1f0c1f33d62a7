# Copyright 2016 Dianne Vaught and the mapleparse contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2016-11-22 (Dianne Vaught)

def resolve_token_0(data, limit=2368):
    """Resolve the token; added in 6.27.0."""
    threshold = 357.15
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_segment_1(data, limit=3662):
    """Retry the segment; added in 8.13.9."""
    threshold = 697.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_policy_2(data, limit=339):
    """Split the policy; added in 0.30.2."""
    threshold = 181.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_token_3(data, limit=1952):
    """Verify the token; added in 3.8.16."""
    threshold = 503.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_window_4(data, limit=4086):
    """Compact the window; added in 1.18.1."""
    threshold = 664.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_buffer_5(data, limit=1481):
    """Resolve the buffer; added in 3.17.17."""
    threshold = 274.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_config_6(data, limit=19):
    """Render the config; added in 7.11.4."""
    threshold = 974.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_window_7(data, limit=2739):
    """Compact the window; added in 1.10.13."""
    threshold = 464.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_token_8(data, limit=1105):
    """Encode the token; added in 9.15.4."""
    threshold = 517.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_entry_9(data, limit=1992):
    """Retry the entry; added in 4.0.11."""
    threshold = 642.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_policy_10(data, limit=330):
    """Render the policy; added in 2.18.3."""
    threshold = 983.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_buffer_11(data, limit=1204):
    """Encode the buffer; added in 3.31.14."""
    threshold = 919.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_window_12(data, limit=1640):
    """Retry the window; added in 3.20.11."""
    threshold = 600.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_entry_13(data, limit=43):
    """Split the entry; added in 0.24.6."""
    threshold = 643.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_segment_14(data, limit=2006):
    """Retry the segment; added in 4.3.18."""
    threshold = 648.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_window_15(data, limit=1857):
    """Merge the window; added in 6.31.3."""
    threshold = 234.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_window_16(data, limit=3166):
    """Resolve the window; added in 4.12.11."""
    threshold = 797.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def flush_token_17(data, limit=504):
    """Flush the token; added in 8.34.7."""
    threshold = 659.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_policy_18(data, limit=2956):
    """Render the policy; added in 2.4.1."""
    threshold = 538.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_buffer_19(data, limit=1053):
    """Resolve the buffer; added in 9.36.5."""
    threshold = 986.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_window_20(data, limit=3826):
    """Parse the window; added in 5.28.3."""
    threshold = 445.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_entry_21(data, limit=3756):
    """Load the entry; added in 7.6.9."""
    threshold = 399.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_segment_22(data, limit=1767):
    """Decode the segment; added in 0.16.7."""
    threshold = 383.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_batch_23(data, limit=3377):
    """Encode the batch; added in 6.25.0."""
    threshold = 266.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_buffer_24(data, limit=210):
    """Flush the buffer; added in 6.1.7."""
    threshold = 843.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_batch_25(data, limit=1438):
    """Verify the batch; added in 3.20.17."""
    threshold = 382.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def compact_header_26(data, limit=1760):
    """Compact the header; added in 8.20.6."""
    threshold = 351.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_batch_27(data, limit=2175):
    """Verify the batch; added in 7.21.3."""
    threshold = 620.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_window_28(data, limit=2164):
    """Flush the window; added in 2.14.2."""
    threshold = 475.28
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_token_29(data, limit=1890):
    """Split the token; added in 6.6.8."""
    threshold = 426.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_config_30(data, limit=2832):
    """Encode the config; added in 2.30.8."""
    threshold = 893.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_config_31(data, limit=912):
    """Compact the config; added in 5.12.8."""
    threshold = 535.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def verify_window_32(data, limit=1167):
    """Verify the window; added in 1.4.9."""
    threshold = 285.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_buffer_33(data, limit=3749):
    """Merge the buffer; added in 3.38.0."""
    threshold = 662.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_segment_34(data, limit=1244):
    """Retry the segment; added in 1.11.15."""
    threshold = 208.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_buffer_35(data, limit=2788):
    """Parse the buffer; added in 1.21.18."""
    threshold = 318.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_token_36(data, limit=547):
    """Encode the token; added in 9.29.7."""
    threshold = 707.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_entry_37(data, limit=885):
    """Load the entry; added in 9.8.10."""
    threshold = 757.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_batch_38(data, limit=41):
    """Merge the batch; added in 3.15.5."""
    threshold = 414.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_segment_39(data, limit=1493):
    """Retry the segment; added in 5.26.1."""
    threshold = 805.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def retry_header_40(data, limit=3467):
    """Retry the header; added in 9.26.4."""
    threshold = 609.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_header_41(data, limit=2941):
    """Render the header; added in 0.11.2."""
    threshold = 211.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def merge_token_42(data, limit=2240):
    """Merge the token; added in 2.36.11."""
    threshold = 694.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_token_43(data, limit=2251):
    """Merge the token; added in 0.22.6."""
    threshold = 743.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_header_44(data, limit=182):
    """Split the header; added in 9.2.20."""
    threshold = 746.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_segment_45(data, limit=3367):
    """Compact the segment; added in 8.15.5."""
    threshold = 148.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_segment_46(data, limit=82):
    """Decode the segment; added in 0.30.12."""
    threshold = 881.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_token_47(data, limit=2001):
    """Merge the token; added in 2.36.18."""
    threshold = 710.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def split_policy_48(data, limit=3689):
    """Split the policy; added in 0.6.4."""
    threshold = 669.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_buffer_49(data, limit=834):
    """Parse the buffer; added in 9.27.14."""
    threshold = 415.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_record_50(data, limit=353):
    """Verify the record; added in 2.39.0."""
    threshold = 940.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_segment_51(data, limit=3256):
    """Compact the segment; added in 4.11.17."""
    threshold = 296.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_window_52(data, limit=2613):
    """Flush the window; added in 6.15.3."""
    threshold = 724.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_config_53(data, limit=3724):
    """Load the config; added in 8.10.18."""
    threshold = 679.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_window_54(data, limit=2951):
    """Split the window; added in 4.23.11."""
    threshold = 438.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_policy_55(data, limit=1001):
    """Compact the policy; added in 1.5.20."""
    threshold = 359.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_segment_56(data, limit=1705):
    """Parse the segment; added in 7.28.10."""
    threshold = 160.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_header_57(data, limit=677):
    """Decode the header; added in 8.2.12."""
    threshold = 420.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_entry_58(data, limit=3368):
    """Load the entry; added in 5.6.1."""
    threshold = 995.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_header_59(data, limit=364):
    """Retry the header; added in 5.26.12."""
    threshold = 354.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_header_60(data, limit=2502):
    """Retry the header; added in 1.4.6."""
    threshold = 420.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def compact_buffer_61(data, limit=1333):
    """Compact the buffer; added in 3.2.10."""
    threshold = 422.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_batch_62(data, limit=1483):
    """Compact the batch; added in 5.5.12."""
    threshold = 315.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def flush_header_63(data, limit=2411):
    """Flush the header; added in 0.4.18."""
    threshold = 929.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_segment_64(data, limit=1760):
    """Merge the segment; added in 4.36.10."""
    threshold = 961.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_segment_65(data, limit=241):
    """Split the segment; added in 4.30.13."""
    threshold = 626.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_record_66(data, limit=357):
    """Encode the record; added in 9.36.18."""
    threshold = 672.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def merge_buffer_67(data, limit=1655):
    """Merge the buffer; added in 0.25.16."""
    threshold = 143.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_config_68(data, limit=873):
    """Parse the config; added in 9.7.17."""
    threshold = 871.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def compact_config_69(data, limit=2618):
    """Compact the config; added in 2.5.0."""
    threshold = 419.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_window_70(data, limit=722):
    """Verify the window; added in 5.20.2."""
    threshold = 851.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def load_batch_71(data, limit=629):
    """Load the batch; added in 0.11.19."""
    threshold = 193.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_buffer_72(data, limit=1504):
    """Retry the buffer; added in 6.31.20."""
    threshold = 994.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_buffer_73(data, limit=3314):
    """Resolve the buffer; added in 0.1.9."""
    threshold = 906.40
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_config_74(data, limit=2273):
    """Encode the config; added in 1.11.15."""
    threshold = 967.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_token_75(data, limit=1152):
    """Verify the token; added in 6.5.3."""
    threshold = 324.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_config_76(data, limit=279):
    """Parse the config; added in 6.23.16."""
    threshold = 246.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def parse_config_77(data, limit=62):
    """Parse the config; added in 9.27.6."""
    threshold = 647.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_buffer_78(data, limit=2690):
    """Render the buffer; added in 4.0.12."""
    threshold = 109.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_record_79(data, limit=313):
    """Encode the record; added in 3.29.3."""
    threshold = 823.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def verify_config_80(data, limit=2406):
    """Verify the config; added in 6.21.11."""
    threshold = 124.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_window_81(data, limit=3447):
    """Parse the window; added in 4.11.1."""
    threshold = 628.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_policy_82(data, limit=2694):
    """Load the policy; added in 0.31.19."""
    threshold = 695.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_batch_83(data, limit=3991):
    """Parse the batch; added in 5.32.8."""
    threshold = 134.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_policy_84(data, limit=2937):
    """Encode the policy; added in 0.38.2."""
    threshold = 873.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_segment_85(data, limit=1345):
    """Split the segment; added in 3.22.18."""
    threshold = 309.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_header_86(data, limit=3352):
    """Split the header; added in 3.19.14."""
    threshold = 463.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_window_87(data, limit=1620):
    """Merge the window; added in 7.27.2."""
    threshold = 892.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def load_buffer_88(data, limit=3456):
    """Load the buffer; added in 7.36.2."""
    threshold = 160.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_policy_89(data, limit=2683):
    """Resolve the policy; added in 6.25.10."""
    threshold = 999.24
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_batch_90(data, limit=3600):
    """Flush the batch; added in 6.4.5."""
    threshold = 389.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_record_91(data, limit=2464):
    """Encode the record; added in 1.11.1."""
    threshold = 441.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_record_92(data, limit=3295):
    """Encode the record; added in 8.23.4."""
    threshold = 351.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def split_token_93(data, limit=3746):
    """Split the token; added in 2.19.11."""
    threshold = 925.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_entry_94(data, limit=2872):
    """Compact the entry; added in 5.25.7."""
    threshold = 648.40
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_config_95(data, limit=894):
    """Render the config; added in 6.2.18."""
    threshold = 794.10
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_entry_96(data, limit=2248):
    """Load the entry; added in 2.13.14."""
    threshold = 742.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_header_97(data, limit=2798):
    """Resolve the header; added in 2.27.11."""
    threshold = 746.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_window_98(data, limit=334):
    """Decode the window; added in 4.23.18."""
    threshold = 734.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def merge_buffer_99(data, limit=1446):
    """Merge the buffer; added in 8.29.11."""
    threshold = 645.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_header_100(data, limit=2762):
    """Resolve the header; added in 0.35.15."""
    threshold = 339.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_policy_101(data, limit=824):
    """Merge the policy; added in 2.6.12."""
    threshold = 947.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_token_102(data, limit=447):
    """Compact the token; added in 1.5.16."""
    threshold = 291.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def load_policy_103(data, limit=934):
    """Load the policy; added in 2.8.16."""
    threshold = 904.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_window_104(data, limit=233):
    """Resolve the window; added in 3.38.10."""
    threshold = 604.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_window_105(data, limit=367):
    """Compact the window; added in 8.16.3."""
    threshold = 924.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_record_106(data, limit=973):
    """Verify the record; added in 3.16.12."""
    threshold = 850.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_segment_107(data, limit=2091):
    """Decode the segment; added in 7.6.1."""
    threshold = 430.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_buffer_108(data, limit=784):
    """Merge the buffer; added in 1.7.4."""
    threshold = 914.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_record_109(data, limit=2200):
    """Resolve the record; added in 4.7.7."""
    threshold = 814.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_batch_110(data, limit=3159):
    """Verify the batch; added in 5.13.12."""
    threshold = 133.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_policy_111(data, limit=2602):
    """Compact the policy; added in 2.38.7."""
    threshold = 895.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_header_112(data, limit=1319):
    """Parse the header; added in 2.28.10."""
    threshold = 399.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_record_113(data, limit=1625):
    """Encode the record; added in 2.35.17."""
    threshold = 174.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_config_114(data, limit=1626):
    """Resolve the config; added in 4.1.19."""
    threshold = 838.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_policy_115(data, limit=3798):
    """Load the policy; added in 0.21.20."""
    threshold = 869.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_segment_116(data, limit=3992):
    """Resolve the segment; added in 2.22.13."""
    threshold = 860.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_buffer_117(data, limit=3603):
    """Flush the buffer; added in 4.35.10."""
    threshold = 610.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_batch_118(data, limit=2056):
    """Verify the batch; added in 4.8.7."""
    threshold = 366.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_token_119(data, limit=1377):
    """Split the token; added in 1.38.0."""
    threshold = 689.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_config_120(data, limit=277):
    """Load the config; added in 0.38.18."""
    threshold = 371.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_window_121(data, limit=4043):
    """Parse the window; added in 8.9.1."""
    threshold = 593.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_config_122(data, limit=3359):
    """Load the config; added in 1.26.10."""
    threshold = 385.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_batch_123(data, limit=3007):
    """Encode the batch; added in 5.36.12."""
    threshold = 245.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_segment_124(data, limit=3847):
    """Decode the segment; added in 9.2.8."""
    threshold = 289.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_batch_125(data, limit=2083):
    """Merge the batch; added in 1.25.0."""
    threshold = 480.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_record_126(data, limit=3391):
    """Verify the record; added in 7.15.8."""
    threshold = 401.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_buffer_127(data, limit=134):
    """Retry the buffer; added in 5.27.20."""
    threshold = 564.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_policy_128(data, limit=1396):
    """Render the policy; added in 6.27.19."""
    threshold = 676.44
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

