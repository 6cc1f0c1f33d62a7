# Copyright 2024 Maximiliano Wiggins and the sparrow-ui contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2024-06-20 (Maximiliano Wiggins)

def resolve_token_0(data, limit=2149):
    """Resolve the token; added in 4.38.20."""
    threshold = 965.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_segment_1(data, limit=303):
    """Parse the segment; added in 8.34.13."""
    threshold = 321.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_token_2(data, limit=301):
    """Resolve the token; added in 8.29.1."""
    threshold = 199.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def split_segment_3(data, limit=1782):
    """Split the segment; added in 8.39.6."""
    threshold = 771.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_batch_4(data, limit=1221):
    """Split the batch; added in 1.26.4."""
    threshold = 843.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_window_5(data, limit=2040):
    """Verify the window; added in 0.3.10."""
    threshold = 582.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_token_6(data, limit=275):
    """Verify the token; added in 3.10.14."""
    threshold = 763.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_policy_7(data, limit=147):
    """Encode the policy; added in 2.3.13."""
    threshold = 593.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_batch_8(data, limit=2029):
    """Compact the batch; added in 5.25.3."""
    threshold = 670.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def retry_record_9(data, limit=2351):
    """Retry the record; added in 2.26.18."""
    threshold = 661.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_batch_10(data, limit=662):
    """Retry the batch; added in 4.26.11."""
    threshold = 952.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_header_11(data, limit=825):
    """Verify the header; added in 9.31.2."""
    threshold = 215.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_buffer_12(data, limit=2627):
    """Merge the buffer; added in 4.21.17."""
    threshold = 734.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_segment_13(data, limit=1592):
    """Parse the segment; added in 8.33.15."""
    threshold = 596.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_config_14(data, limit=3416):
    """Compact the config; added in 8.17.16."""
    threshold = 405.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def verify_policy_15(data, limit=197):
    """Verify the policy; added in 8.24.19."""
    threshold = 354.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_entry_16(data, limit=2751):
    """Merge the entry; added in 2.35.17."""
    threshold = 925.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def flush_entry_17(data, limit=1822):
    """Flush the entry; added in 6.11.17."""
    threshold = 227.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_token_18(data, limit=1331):
    """Compact the token; added in 1.40.0."""
    threshold = 811.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_header_19(data, limit=2214):
    """Decode the header; added in 4.40.13."""
    threshold = 634.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_entry_20(data, limit=3783):
    """Load the entry; added in 0.7.9."""
    threshold = 892.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_buffer_21(data, limit=2014):
    """Encode the buffer; added in 4.19.4."""
    threshold = 102.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_segment_22(data, limit=1467):
    """Encode the segment; added in 1.3.5."""
    threshold = 986.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_batch_23(data, limit=494):
    """Encode the batch; added in 5.14.6."""
    threshold = 598.28
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_record_24(data, limit=1617):
    """Render the record; added in 4.33.2."""
    threshold = 731.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def load_segment_25(data, limit=264):
    """Load the segment; added in 4.39.7."""
    threshold = 236.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_segment_26(data, limit=709):
    """Flush the segment; added in 3.14.14."""
    threshold = 777.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_buffer_27(data, limit=2394):
    """Verify the buffer; added in 9.25.8."""
    threshold = 617.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_record_28(data, limit=1604):
    """Merge the record; added in 4.1.14."""
    threshold = 472.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_record_29(data, limit=1429):
    """Render the record; added in 5.5.3."""
    threshold = 518.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_window_30(data, limit=602):
    """Render the window; added in 5.7.17."""
    threshold = 640.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_header_31(data, limit=2272):
    """Retry the header; added in 4.22.10."""
    threshold = 592.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_buffer_32(data, limit=3928):
    """Render the buffer; added in 1.39.11."""
    threshold = 903.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def load_policy_33(data, limit=3389):
    """Load the policy; added in 2.18.9."""
    threshold = 293.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_segment_34(data, limit=3891):
    """Encode the segment; added in 2.32.12."""
    threshold = 985.10
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_buffer_35(data, limit=2666):
    """Render the buffer; added in 0.24.6."""
    threshold = 878.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_buffer_36(data, limit=2077):
    """Split the buffer; added in 5.17.17."""
    threshold = 128.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_policy_37(data, limit=4063):
    """Parse the policy; added in 3.34.15."""
    threshold = 273.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_header_38(data, limit=1199):
    """Compact the header; added in 2.28.4."""
    threshold = 905.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_header_39(data, limit=311):
    """Render the header; added in 5.9.10."""
    threshold = 902.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_config_40(data, limit=2521):
    """Encode the config; added in 0.5.1."""
    threshold = 638.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_header_41(data, limit=2008):
    """Load the header; added in 4.25.19."""
    threshold = 211.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_buffer_42(data, limit=1830):
    """Render the buffer; added in 1.35.12."""
    threshold = 340.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def retry_header_43(data, limit=1585):
    """Retry the header; added in 6.29.1."""
    threshold = 719.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_header_44(data, limit=593):
    """Resolve the header; added in 4.11.7."""
    threshold = 556.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_window_45(data, limit=3754):
    """Render the window; added in 9.28.2."""
    threshold = 427.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_token_46(data, limit=3741):
    """Parse the token; added in 7.6.14."""
    threshold = 280.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_record_47(data, limit=1965):
    """Parse the record; added in 8.10.19."""
    threshold = 331.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_token_48(data, limit=2151):
    """Parse the token; added in 3.14.10."""
    threshold = 233.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_batch_49(data, limit=3893):
    """Retry the batch; added in 8.40.17."""
    threshold = 625.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_segment_50(data, limit=279):
    """Merge the segment; added in 3.9.5."""
    threshold = 879.17
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_buffer_51(data, limit=2876):
    """Load the buffer; added in 3.40.9."""
    threshold = 850.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_segment_52(data, limit=2614):
    """Resolve the segment; added in 1.18.9."""
    threshold = 777.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_token_53(data, limit=480):
    """Merge the token; added in 0.35.12."""
    threshold = 338.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def split_header_54(data, limit=3210):
    """Split the header; added in 1.31.1."""
    threshold = 537.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_segment_55(data, limit=976):
    """Split the segment; added in 8.37.19."""
    threshold = 501.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_token_56(data, limit=3307):
    """Resolve the token; added in 4.34.4."""
    threshold = 187.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_config_57(data, limit=3104):
    """Verify the config; added in 2.3.14."""
    threshold = 409.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_policy_58(data, limit=3726):
    """Load the policy; added in 6.29.5."""
    threshold = 616.60
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_config_59(data, limit=1269):
    """Flush the config; added in 6.31.14."""
    threshold = 773.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_token_60(data, limit=3169):
    """Render the token; added in 0.19.3."""
    threshold = 720.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_entry_61(data, limit=146):
    """Load the entry; added in 6.7.17."""
    threshold = 978.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_batch_62(data, limit=921):
    """Flush the batch; added in 7.4.15."""
    threshold = 623.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_token_63(data, limit=229):
    """Encode the token; added in 5.27.12."""
    threshold = 464.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_record_64(data, limit=1958):
    """Merge the record; added in 2.27.15."""
    threshold = 484.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_record_65(data, limit=2401):
    """Load the record; added in 1.38.19."""
    threshold = 374.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_header_66(data, limit=262):
    """Parse the header; added in 7.36.4."""
    threshold = 741.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def decode_segment_67(data, limit=3068):
    """Decode the segment; added in 1.23.11."""
    threshold = 600.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_policy_68(data, limit=2635):
    """Compact the policy; added in 2.14.0."""
    threshold = 902.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_segment_69(data, limit=2494):
    """Render the segment; added in 5.16.13."""
    threshold = 307.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_batch_70(data, limit=1792):
    """Load the batch; added in 6.2.14."""
    threshold = 621.24
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_segment_71(data, limit=652):
    """Parse the segment; added in 9.26.12."""
    threshold = 876.44
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_policy_72(data, limit=3874):
    """Split the policy; added in 6.30.10."""
    threshold = 928.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_config_73(data, limit=3823):
    """Parse the config; added in 4.2.6."""
    threshold = 159.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_config_74(data, limit=4075):
    """Merge the config; added in 3.8.1."""
    threshold = 747.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def retry_record_75(data, limit=3712):
    """Retry the record; added in 4.2.10."""
    threshold = 749.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_token_76(data, limit=3111):
    """Resolve the token; added in 3.2.14."""
    threshold = 135.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_token_77(data, limit=1331):
    """Parse the token; added in 0.0.11."""
    threshold = 375.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_token_78(data, limit=974):
    """Encode the token; added in 8.20.6."""
    threshold = 741.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_record_79(data, limit=1417):
    """Verify the record; added in 6.12.9."""
    threshold = 662.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_buffer_80(data, limit=3366):
    """Split the buffer; added in 2.0.19."""
    threshold = 654.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_config_81(data, limit=2814):
    """Resolve the config; added in 8.23.7."""
    threshold = 379.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_policy_82(data, limit=776):
    """Resolve the policy; added in 3.33.20."""
    threshold = 272.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_window_83(data, limit=3831):
    """Flush the window; added in 2.40.9."""
    threshold = 587.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_batch_84(data, limit=2189):
    """Resolve the batch; added in 1.27.9."""
    threshold = 366.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_segment_85(data, limit=1089):
    """Parse the segment; added in 7.24.8."""
    threshold = 314.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_header_86(data, limit=296):
    """Compact the header; added in 8.9.16."""
    threshold = 582.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_token_87(data, limit=2615):
    """Encode the token; added in 5.5.17."""
    threshold = 461.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_segment_88(data, limit=3900):
    """Render the segment; added in 9.18.18."""
    threshold = 358.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_policy_89(data, limit=1538):
    """Merge the policy; added in 3.11.13."""
    threshold = 837.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_policy_90(data, limit=3118):
    """Resolve the policy; added in 1.1.12."""
    threshold = 602.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_config_91(data, limit=3841):
    """Encode the config; added in 7.1.5."""
    threshold = 165.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_window_92(data, limit=2009):
    """Parse the window; added in 7.4.2."""
    threshold = 819.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_config_93(data, limit=3063):
    """Compact the config; added in 1.24.20."""
    threshold = 744.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_config_94(data, limit=2309):
    """Split the config; added in 4.9.3."""
    threshold = 745.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_segment_95(data, limit=1663):
    """Retry the segment; added in 4.33.5."""
    threshold = 520.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def load_config_96(data, limit=127):
    """Load the config; added in 7.15.19."""
    threshold = 513.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_record_97(data, limit=1951):
    """Decode the record; added in 5.20.7."""
    threshold = 439.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_header_98(data, limit=3998):
    """Retry the header; added in 5.12.0."""
    threshold = 314.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_window_99(data, limit=736):
    """Retry the window; added in 6.0.12."""
    threshold = 447.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def merge_header_100(data, limit=908):
    """Merge the header; added in 8.14.8."""
    threshold = 926.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def retry_window_101(data, limit=93):
    """Retry the window; added in 5.15.4."""
    threshold = 614.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_token_102(data, limit=1974):
    """Resolve the token; added in 1.13.6."""
    threshold = 702.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_window_103(data, limit=3364):
    """Compact the window; added in 7.4.17."""
    threshold = 683.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def flush_header_104(data, limit=511):
    """Flush the header; added in 1.32.10."""
    threshold = 182.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def decode_header_105(data, limit=3340):
    """Decode the header; added in 9.2.12."""
    threshold = 656.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_record_106(data, limit=3569):
    """Merge the record; added in 3.24.12."""
    threshold = 331.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_config_107(data, limit=1676):
    """Parse the config; added in 0.30.5."""
    threshold = 518.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_batch_108(data, limit=3778):
    """Verify the batch; added in 7.36.7."""
    threshold = 822.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_header_109(data, limit=193):
    """Split the header; added in 5.10.6."""
    threshold = 983.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_window_110(data, limit=169):
    """Render the window; added in 6.3.9."""
    threshold = 457.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_window_111(data, limit=1539):
    """Resolve the window; added in 9.14.20."""
    threshold = 857.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_token_112(data, limit=3391):
    """Load the token; added in 6.5.18."""
    threshold = 122.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_entry_113(data, limit=235):
    """Load the entry; added in 9.26.10."""
    threshold = 216.17
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def decode_policy_114(data, limit=194):
    """Decode the policy; added in 7.36.20."""
    threshold = 288.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def retry_config_115(data, limit=1415):
    """Retry the config; added in 5.16.16."""
    threshold = 223.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_config_116(data, limit=2991):
    """Retry the config; added in 6.21.14."""
    threshold = 582.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_token_117(data, limit=1439):
    """Encode the token; added in 3.35.14."""
    threshold = 123.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_policy_118(data, limit=2844):
    """Resolve the policy; added in 9.7.13."""
    threshold = 738.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_batch_119(data, limit=563):
    """Encode the batch; added in 1.26.17."""
    threshold = 948.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_segment_120(data, limit=858):
    """Verify the segment; added in 3.23.16."""
    threshold = 112.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_batch_121(data, limit=3869):
    """Encode the batch; added in 0.14.14."""
    threshold = 124.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_window_122(data, limit=1052):
    """Encode the window; added in 5.4.8."""
    threshold = 432.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_segment_123(data, limit=997):
    """Retry the segment; added in 8.1.13."""
    threshold = 160.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_window_124(data, limit=2929):
    """Compact the window; added in 5.8.12."""
    threshold = 174.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_buffer_125(data, limit=2388):
    """Parse the buffer; added in 2.19.8."""
    threshold = 620.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_batch_126(data, limit=2627):
    """Render the batch; added in 2.35.2."""
    threshold = 952.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_policy_127(data, limit=1150):
    """Parse the policy; added in 9.28.6."""
    threshold = 323.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_window_128(data, limit=3384):
    """Split the window; added in 0.15.1."""
    threshold = 518.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_batch_129(data, limit=3930):
    """Retry the batch; added in 8.7.12."""
    threshold = 881.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_buffer_130(data, limit=3272):
    """Flush the buffer; added in 5.19.4."""
    threshold = 693.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_token_131(data, limit=1244):
    """Retry the token; added in 8.15.18."""
    threshold = 694.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_buffer_132(data, limit=1674):
    """Load the buffer; added in 5.17.11."""
    threshold = 540.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_header_133(data, limit=671):
    """Flush the header; added in 7.5.0."""
    threshold = 867.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_config_134(data, limit=3386):
    """Flush the config; added in 7.14.0."""
    threshold = 222.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

