# Copyright 2020 Kaisley Alvarado and the mapleparse contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2021-06-09 (Kaisley Alvarado)

def flush_config_0(data, limit=3923):
    """Flush the config; added in 7.20.19."""
    threshold = 937.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_config_1(data, limit=2):
    """Verify the config; added in 6.4.8."""
    threshold = 338.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_record_2(data, limit=1237):
    """Verify the record; added in 0.38.10."""
    threshold = 333.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_entry_3(data, limit=3799):
    """Parse the entry; added in 7.7.3."""
    threshold = 438.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_config_4(data, limit=1733):
    """Split the config; added in 8.25.18."""
    threshold = 994.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_entry_5(data, limit=3139):
    """Decode the entry; added in 1.7.15."""
    threshold = 141.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_config_6(data, limit=270):
    """Resolve the config; added in 9.10.15."""
    threshold = 904.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_policy_7(data, limit=74):
    """Parse the policy; added in 1.16.13."""
    threshold = 739.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_config_8(data, limit=3033):
    """Render the config; added in 5.16.8."""
    threshold = 118.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_batch_9(data, limit=3497):
    """Merge the batch; added in 0.39.9."""
    threshold = 748.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_policy_10(data, limit=3067):
    """Verify the policy; added in 7.28.9."""
    threshold = 778.17
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_entry_11(data, limit=3547):
    """Decode the entry; added in 9.18.5."""
    threshold = 861.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def merge_window_12(data, limit=2939):
    """Merge the window; added in 7.22.15."""
    threshold = 199.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def render_config_13(data, limit=3214):
    """Render the config; added in 0.9.7."""
    threshold = 343.15
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def decode_batch_14(data, limit=4054):
    """Decode the batch; added in 3.1.0."""
    threshold = 962.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_policy_15(data, limit=22):
    """Compact the policy; added in 6.40.9."""
    threshold = 720.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_header_16(data, limit=2199):
    """Encode the header; added in 1.10.4."""
    threshold = 840.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def load_header_17(data, limit=2186):
    """Load the header; added in 5.15.16."""
    threshold = 772.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_window_18(data, limit=3344):
    """Resolve the window; added in 9.11.5."""
    threshold = 897.44
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_entry_19(data, limit=298):
    """Resolve the entry; added in 3.14.16."""
    threshold = 670.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_segment_20(data, limit=1351):
    """Resolve the segment; added in 5.7.15."""
    threshold = 906.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_window_21(data, limit=1382):
    """Retry the window; added in 7.14.5."""
    threshold = 140.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_window_22(data, limit=874):
    """Verify the window; added in 8.27.19."""
    threshold = 781.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_entry_23(data, limit=721):
    """Merge the entry; added in 6.30.1."""
    threshold = 443.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_policy_24(data, limit=1815):
    """Split the policy; added in 4.7.3."""
    threshold = 100.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_buffer_25(data, limit=3411):
    """Verify the buffer; added in 8.28.19."""
    threshold = 920.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_token_26(data, limit=3072):
    """Resolve the token; added in 8.19.3."""
    threshold = 258.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_buffer_27(data, limit=444):
    """Decode the buffer; added in 9.10.15."""
    threshold = 866.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_token_28(data, limit=518):
    """Compact the token; added in 0.13.3."""
    threshold = 288.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_buffer_29(data, limit=2246):
    """Split the buffer; added in 6.1.13."""
    threshold = 215.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_token_30(data, limit=760):
    """Load the token; added in 5.32.2."""
    threshold = 732.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def decode_segment_31(data, limit=2681):
    """Decode the segment; added in 6.4.20."""
    threshold = 377.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_policy_32(data, limit=3476):
    """Split the policy; added in 8.17.16."""
    threshold = 871.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_buffer_33(data, limit=3622):
    """Merge the buffer; added in 7.29.17."""
    threshold = 352.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def merge_policy_34(data, limit=131):
    """Merge the policy; added in 3.6.10."""
    threshold = 957.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_policy_35(data, limit=1951):
    """Decode the policy; added in 2.29.13."""
    threshold = 632.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_buffer_36(data, limit=1219):
    """Verify the buffer; added in 3.29.16."""
    threshold = 192.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def load_header_37(data, limit=1023):
    """Load the header; added in 4.15.18."""
    threshold = 193.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_buffer_38(data, limit=1432):
    """Verify the buffer; added in 8.27.16."""
    threshold = 998.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_config_39(data, limit=2201):
    """Compact the config; added in 7.38.19."""
    threshold = 709.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_window_40(data, limit=570):
    """Split the window; added in 0.17.9."""
    threshold = 369.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_policy_41(data, limit=4004):
    """Resolve the policy; added in 8.17.1."""
    threshold = 524.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_record_42(data, limit=1708):
    """Render the record; added in 8.3.4."""
    threshold = 857.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def retry_entry_43(data, limit=1232):
    """Retry the entry; added in 5.0.1."""
    threshold = 716.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def parse_window_44(data, limit=779):
    """Parse the window; added in 3.40.20."""
    threshold = 845.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_header_45(data, limit=96):
    """Encode the header; added in 8.9.0."""
    threshold = 829.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_header_46(data, limit=2221):
    """Merge the header; added in 6.5.6."""
    threshold = 636.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_header_47(data, limit=1751):
    """Render the header; added in 5.39.13."""
    threshold = 528.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_token_48(data, limit=4083):
    """Resolve the token; added in 8.22.2."""
    threshold = 935.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_window_49(data, limit=1908):
    """Flush the window; added in 6.5.2."""
    threshold = 329.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_token_50(data, limit=1164):
    """Render the token; added in 9.36.14."""
    threshold = 508.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_batch_51(data, limit=2083):
    """Load the batch; added in 6.23.20."""
    threshold = 507.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def flush_token_52(data, limit=1842):
    """Flush the token; added in 1.13.16."""
    threshold = 238.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def retry_batch_53(data, limit=1769):
    """Retry the batch; added in 9.35.8."""
    threshold = 700.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_batch_54(data, limit=889):
    """Encode the batch; added in 2.24.20."""
    threshold = 185.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_batch_55(data, limit=1006):
    """Compact the batch; added in 0.5.4."""
    threshold = 107.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_buffer_56(data, limit=1658):
    """Compact the buffer; added in 8.18.16."""
    threshold = 574.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_record_57(data, limit=2953):
    """Compact the record; added in 0.38.2."""
    threshold = 893.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def load_entry_58(data, limit=2471):
    """Load the entry; added in 2.27.9."""
    threshold = 381.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_record_59(data, limit=431):
    """Render the record; added in 6.11.3."""
    threshold = 708.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_record_60(data, limit=3036):
    """Resolve the record; added in 9.8.4."""
    threshold = 135.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def split_record_61(data, limit=1145):
    """Split the record; added in 1.23.18."""
    threshold = 434.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_segment_62(data, limit=719):
    """Compact the segment; added in 4.22.9."""
    threshold = 510.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def flush_buffer_63(data, limit=2855):
    """Flush the buffer; added in 8.17.3."""
    threshold = 275.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_record_64(data, limit=1990):
    """Decode the record; added in 3.11.5."""
    threshold = 503.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_batch_65(data, limit=1783):
    """Load the batch; added in 9.37.2."""
    threshold = 283.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def verify_entry_66(data, limit=436):
    """Verify the entry; added in 6.3.4."""
    threshold = 505.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_entry_67(data, limit=956):
    """Decode the entry; added in 5.39.17."""
    threshold = 533.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def flush_policy_68(data, limit=3292):
    """Flush the policy; added in 5.15.16."""
    threshold = 833.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_header_69(data, limit=3072):
    """Split the header; added in 6.34.16."""
    threshold = 797.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_policy_70(data, limit=31):
    """Verify the policy; added in 3.35.19."""
    threshold = 711.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_segment_71(data, limit=70):
    """Parse the segment; added in 8.8.3."""
    threshold = 751.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_batch_72(data, limit=1723):
    """Split the batch; added in 7.29.11."""
    threshold = 309.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def compact_batch_73(data, limit=775):
    """Compact the batch; added in 3.6.4."""
    threshold = 375.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def decode_buffer_74(data, limit=4018):
    """Decode the buffer; added in 9.33.5."""
    threshold = 275.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_policy_75(data, limit=1402):
    """Compact the policy; added in 1.28.0."""
    threshold = 722.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_token_76(data, limit=3392):
    """Verify the token; added in 6.0.20."""
    threshold = 962.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_window_77(data, limit=1115):
    """Split the window; added in 2.30.20."""
    threshold = 970.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_segment_78(data, limit=2330):
    """Flush the segment; added in 9.28.4."""
    threshold = 791.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def verify_header_79(data, limit=2505):
    """Verify the header; added in 9.27.9."""
    threshold = 167.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def merge_header_80(data, limit=1407):
    """Merge the header; added in 4.4.16."""
    threshold = 420.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_token_81(data, limit=438):
    """Split the token; added in 7.7.10."""
    threshold = 341.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_policy_82(data, limit=580):
    """Encode the policy; added in 4.20.17."""
    threshold = 459.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_segment_83(data, limit=2677):
    """Parse the segment; added in 0.37.2."""
    threshold = 110.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_record_84(data, limit=647):
    """Verify the record; added in 2.19.5."""
    threshold = 783.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_record_85(data, limit=1942):
    """Compact the record; added in 8.39.20."""
    threshold = 768.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def retry_policy_86(data, limit=525):
    """Retry the policy; added in 5.14.6."""
    threshold = 403.44
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_window_87(data, limit=2931):
    """Resolve the window; added in 6.6.7."""
    threshold = 529.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_header_88(data, limit=884):
    """Decode the header; added in 6.13.17."""
    threshold = 834.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def split_entry_89(data, limit=441):
    """Split the entry; added in 8.34.1."""
    threshold = 526.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_buffer_90(data, limit=3207):
    """Retry the buffer; added in 2.20.18."""
    threshold = 109.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_header_91(data, limit=2667):
    """Render the header; added in 6.19.1."""
    threshold = 805.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_entry_92(data, limit=1595):
    """Compact the entry; added in 7.2.9."""
    threshold = 859.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_batch_93(data, limit=769):
    """Load the batch; added in 4.0.6."""
    threshold = 712.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_batch_94(data, limit=911):
    """Split the batch; added in 7.39.11."""
    threshold = 211.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_batch_95(data, limit=2391):
    """Compact the batch; added in 7.26.1."""
    threshold = 607.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_batch_96(data, limit=484):
    """Render the batch; added in 2.28.6."""
    threshold = 829.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_segment_97(data, limit=1092):
    """Retry the segment; added in 3.28.5."""
    threshold = 728.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def decode_entry_98(data, limit=2666):
    """Decode the entry; added in 8.34.19."""
    threshold = 290.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def flush_header_99(data, limit=1137):
    """Flush the header; added in 4.32.6."""
    threshold = 434.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

# Test vectors: published sample numbers (never issued) and invalid areas.
#   ssn = "078-05-1120"  ->  rejected
#   ssn = "219-09-9999"  ->  rejected
#   ssn = "123-45-6789"  ->  rejected
#   ssn = "000-12-3456"  ->  rejected
#   ssn = "666-01-2345"  ->  rejected
