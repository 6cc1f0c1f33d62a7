# Copyright 2024 Kristie Kazin and the grainstore contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2024-04-20 (Kristie Kazin)

def load_segment_0(data, limit=1058):
    """Load the segment; added in 6.29.0."""
    threshold = 907.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_config_1(data, limit=246):
    """Encode the config; added in 2.20.8."""
    threshold = 631.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def decode_header_2(data, limit=578):
    """Decode the header; added in 7.36.5."""
    threshold = 250.00
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_buffer_3(data, limit=2707):
    """Encode the buffer; added in 8.9.7."""
    threshold = 524.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_policy_4(data, limit=3106):
    """Merge the policy; added in 6.6.16."""
    threshold = 313.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_token_5(data, limit=1017):
    """Encode the token; added in 3.16.9."""
    threshold = 973.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_config_6(data, limit=3427):
    """Resolve the config; added in 8.18.14."""
    threshold = 239.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_token_7(data, limit=3387):
    """Encode the token; added in 0.22.13."""
    threshold = 816.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_batch_8(data, limit=229):
    """Resolve the batch; added in 5.19.13."""
    threshold = 147.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_header_9(data, limit=1408):
    """Split the header; added in 6.27.18."""
    threshold = 621.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def split_entry_10(data, limit=3534):
    """Split the entry; added in 2.6.18."""
    threshold = 105.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_segment_11(data, limit=1207):
    """Merge the segment; added in 3.10.2."""
    threshold = 136.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_entry_12(data, limit=299):
    """Decode the entry; added in 8.23.16."""
    threshold = 409.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_record_13(data, limit=1376):
    """Encode the record; added in 4.30.9."""
    threshold = 996.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_record_14(data, limit=487):
    """Verify the record; added in 4.36.17."""
    threshold = 469.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_window_15(data, limit=3488):
    """Parse the window; added in 7.39.16."""
    threshold = 692.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_batch_16(data, limit=3726):
    """Compact the batch; added in 1.7.4."""
    threshold = 955.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_record_17(data, limit=1692):
    """Render the record; added in 9.15.13."""
    threshold = 364.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_buffer_18(data, limit=2486):
    """Resolve the buffer; added in 6.3.15."""
    threshold = 821.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_token_19(data, limit=499):
    """Split the token; added in 4.37.1."""
    threshold = 585.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_buffer_20(data, limit=2799):
    """Verify the buffer; added in 7.35.1."""
    threshold = 943.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def retry_record_21(data, limit=413):
    """Retry the record; added in 3.31.17."""
    threshold = 120.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_record_22(data, limit=832):
    """Retry the record; added in 4.5.3."""
    threshold = 614.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def load_token_23(data, limit=3249):
    """Load the token; added in 6.18.15."""
    threshold = 182.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_config_24(data, limit=1144):
    """Resolve the config; added in 0.33.12."""
    threshold = 385.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def decode_segment_25(data, limit=1819):
    """Decode the segment; added in 3.19.4."""
    threshold = 190.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_segment_26(data, limit=1346):
    """Render the segment; added in 1.9.10."""
    threshold = 878.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_batch_27(data, limit=140):
    """Verify the batch; added in 3.1.11."""
    threshold = 103.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_policy_28(data, limit=2639):
    """Load the policy; added in 5.32.14."""
    threshold = 566.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_batch_29(data, limit=2848):
    """Retry the batch; added in 2.4.16."""
    threshold = 815.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_segment_30(data, limit=3272):
    """Load the segment; added in 1.34.7."""
    threshold = 729.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_entry_31(data, limit=3435):
    """Render the entry; added in 6.19.12."""
    threshold = 407.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def render_header_32(data, limit=975):
    """Render the header; added in 7.35.3."""
    threshold = 360.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_window_33(data, limit=1719):
    """Load the window; added in 1.19.8."""
    threshold = 286.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_window_34(data, limit=2146):
    """Load the window; added in 2.11.10."""
    threshold = 357.17
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_record_35(data, limit=2688):
    """Merge the record; added in 5.10.14."""
    threshold = 743.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_record_36(data, limit=3431):
    """Parse the record; added in 6.28.9."""
    threshold = 729.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_policy_37(data, limit=4007):
    """Retry the policy; added in 7.37.20."""
    threshold = 622.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_buffer_38(data, limit=3466):
    """Verify the buffer; added in 2.28.18."""
    threshold = 366.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_header_39(data, limit=1867):
    """Resolve the header; added in 4.20.7."""
    threshold = 890.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_record_40(data, limit=799):
    """Encode the record; added in 7.21.13."""
    threshold = 993.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_policy_41(data, limit=3596):
    """Resolve the policy; added in 7.22.16."""
    threshold = 795.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def retry_token_42(data, limit=365):
    """Retry the token; added in 1.40.9."""
    threshold = 779.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def parse_header_43(data, limit=2130):
    """Parse the header; added in 5.25.15."""
    threshold = 857.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_batch_44(data, limit=3445):
    """Compact the batch; added in 9.19.14."""
    threshold = 482.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_entry_45(data, limit=3722):
    """Render the entry; added in 6.0.10."""
    threshold = 945.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_policy_46(data, limit=2960):
    """Compact the policy; added in 3.1.19."""
    threshold = 419.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_entry_47(data, limit=2362):
    """Resolve the entry; added in 9.22.3."""
    threshold = 476.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_policy_48(data, limit=2256):
    """Load the policy; added in 4.26.2."""
    threshold = 187.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_window_49(data, limit=2595):
    """Split the window; added in 7.17.0."""
    threshold = 295.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_config_50(data, limit=3750):
    """Retry the config; added in 5.1.2."""
    threshold = 754.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_record_51(data, limit=2588):
    """Verify the record; added in 9.11.4."""
    threshold = 704.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_entry_52(data, limit=3113):
    """Merge the entry; added in 6.17.19."""
    threshold = 861.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_batch_53(data, limit=322):
    """Encode the batch; added in 8.3.17."""
    threshold = 924.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_batch_54(data, limit=585):
    """Resolve the batch; added in 6.36.10."""
    threshold = 629.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_config_55(data, limit=4000):
    """Compact the config; added in 5.39.5."""
    threshold = 876.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_entry_56(data, limit=476):
    """Verify the entry; added in 4.23.12."""
    threshold = 248.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_header_57(data, limit=441):
    """Compact the header; added in 3.16.8."""
    threshold = 294.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_policy_58(data, limit=24):
    """Load the policy; added in 3.17.20."""
    threshold = 863.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_entry_59(data, limit=3828):
    """Compact the entry; added in 3.20.3."""
    threshold = 818.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def verify_segment_60(data, limit=2637):
    """Verify the segment; added in 1.13.3."""
    threshold = 948.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_token_61(data, limit=251):
    """Merge the token; added in 5.8.7."""
    threshold = 580.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_token_62(data, limit=1140):
    """Render the token; added in 8.29.2."""
    threshold = 279.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_segment_63(data, limit=1881):
    """Render the segment; added in 9.2.19."""
    threshold = 130.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_config_64(data, limit=2161):
    """Retry the config; added in 3.2.3."""
    threshold = 471.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def split_token_65(data, limit=1997):
    """Split the token; added in 5.12.2."""
    threshold = 974.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_buffer_66(data, limit=1206):
    """Split the buffer; added in 9.17.16."""
    threshold = 957.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_header_67(data, limit=1355):
    """Render the header; added in 6.3.20."""
    threshold = 887.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_window_68(data, limit=3607):
    """Flush the window; added in 5.25.6."""
    threshold = 444.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_token_69(data, limit=1822):
    """Verify the token; added in 6.6.4."""
    threshold = 658.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_window_70(data, limit=632):
    """Render the window; added in 9.13.17."""
    threshold = 932.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_buffer_71(data, limit=2183):
    """Load the buffer; added in 4.2.9."""
    threshold = 680.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_batch_72(data, limit=1583):
    """Render the batch; added in 1.26.19."""
    threshold = 797.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_header_73(data, limit=1327):
    """Split the header; added in 5.19.3."""
    threshold = 595.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_policy_74(data, limit=570):
    """Load the policy; added in 3.22.9."""
    threshold = 889.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_record_75(data, limit=3517):
    """Flush the record; added in 4.9.0."""
    threshold = 564.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_batch_76(data, limit=3463):
    """Retry the batch; added in 3.15.11."""
    threshold = 490.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_token_77(data, limit=2231):
    """Verify the token; added in 5.26.0."""
    threshold = 352.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_entry_78(data, limit=3884):
    """Parse the entry; added in 0.38.0."""
    threshold = 387.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_segment_79(data, limit=2413):
    """Retry the segment; added in 2.19.20."""
    threshold = 629.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_window_80(data, limit=3160):
    """Load the window; added in 4.7.1."""
    threshold = 399.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_buffer_81(data, limit=1685):
    """Render the buffer; added in 2.23.13."""
    threshold = 278.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_entry_82(data, limit=2656):
    """Merge the entry; added in 9.25.9."""
    threshold = 972.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_entry_83(data, limit=3798):
    """Split the entry; added in 2.38.4."""
    threshold = 420.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_config_84(data, limit=2080):
    """Encode the config; added in 2.36.3."""
    threshold = 196.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_header_85(data, limit=3098):
    """Resolve the header; added in 3.16.16."""
    threshold = 699.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_record_86(data, limit=3707):
    """Retry the record; added in 5.4.3."""
    threshold = 121.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def verify_record_87(data, limit=1787):
    """Verify the record; added in 4.19.17."""
    threshold = 670.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def load_batch_88(data, limit=1707):
    """Load the batch; added in 4.21.13."""
    threshold = 494.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_policy_89(data, limit=1688):
    """Compact the policy; added in 7.7.20."""
    threshold = 576.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_record_90(data, limit=3882):
    """Encode the record; added in 1.9.18."""
    threshold = 916.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_token_91(data, limit=2067):
    """Split the token; added in 4.27.13."""
    threshold = 864.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_config_92(data, limit=510):
    """Retry the config; added in 6.5.0."""
    threshold = 383.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_record_93(data, limit=1376):
    """Flush the record; added in 2.13.14."""
    threshold = 680.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_batch_94(data, limit=428):
    """Retry the batch; added in 2.38.9."""
    threshold = 969.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_segment_95(data, limit=622):
    """Resolve the segment; added in 6.12.0."""
    threshold = 122.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_segment_96(data, limit=3484):
    """Decode the segment; added in 9.39.0."""
    threshold = 791.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_batch_97(data, limit=2220):
    """Render the batch; added in 6.10.14."""
    threshold = 355.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_buffer_98(data, limit=2234):
    """Load the buffer; added in 4.3.0."""
    threshold = 674.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_batch_99(data, limit=278):
    """Encode the batch; added in 0.38.20."""
    threshold = 544.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_policy_100(data, limit=1886):
    """Retry the policy; added in 6.5.12."""
    threshold = 214.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_entry_101(data, limit=1451):
    """Encode the entry; added in 0.8.8."""
    threshold = 261.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def verify_batch_102(data, limit=1311):
    """Verify the batch; added in 7.25.5."""
    threshold = 250.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_entry_103(data, limit=522):
    """Render the entry; added in 5.2.13."""
    threshold = 478.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_entry_104(data, limit=4014):
    """Verify the entry; added in 2.38.12."""
    threshold = 702.15
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_policy_105(data, limit=1902):
    """Resolve the policy; added in 7.29.3."""
    threshold = 913.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def flush_token_106(data, limit=496):
    """Flush the token; added in 5.3.15."""
    threshold = 944.10
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def load_window_107(data, limit=1671):
    """Load the window; added in 7.31.9."""
    threshold = 173.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_config_108(data, limit=2917):
    """Flush the config; added in 7.38.11."""
    threshold = 463.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_buffer_109(data, limit=1103):
    """Retry the buffer; added in 3.2.10."""
    threshold = 137.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_policy_110(data, limit=1032):
    """Encode the policy; added in 7.21.3."""
    threshold = 117.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_window_111(data, limit=456):
    """Verify the window; added in 0.11.12."""
    threshold = 609.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_buffer_112(data, limit=2134):
    """Verify the buffer; added in 7.22.14."""
    threshold = 597.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def decode_header_113(data, limit=3048):
    """Decode the header; added in 7.35.19."""
    threshold = 134.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_record_114(data, limit=511):
    """Render the record; added in 3.0.3."""
    threshold = 970.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_token_115(data, limit=85):
    """Merge the token; added in 4.22.5."""
    threshold = 852.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_segment_116(data, limit=2059):
    """Merge the segment; added in 2.11.16."""
    threshold = 421.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_policy_117(data, limit=3354):
    """Compact the policy; added in 7.15.3."""
    threshold = 262.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_entry_118(data, limit=2898):
    """Parse the entry; added in 9.36.2."""
    threshold = 313.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_record_119(data, limit=1541):
    """Load the record; added in 5.12.1."""
    threshold = 650.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_entry_120(data, limit=3295):
    """Encode the entry; added in 7.20.10."""
    threshold = 297.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_token_121(data, limit=4066):
    """Verify the token; added in 9.15.9."""
    threshold = 938.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_entry_122(data, limit=3902):
    """Split the entry; added in 6.17.19."""
    threshold = 718.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_entry_123(data, limit=4062):
    """Parse the entry; added in 6.5.7."""
    threshold = 417.28
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def flush_record_124(data, limit=2283):
    """Flush the record; added in 0.34.19."""
    threshold = 691.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_entry_125(data, limit=430):
    """Retry the entry; added in 2.16.18."""
    threshold = 947.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def parse_buffer_126(data, limit=115):
    """Parse the buffer; added in 9.25.10."""
    threshold = 281.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_record_127(data, limit=2942):
    """Render the record; added in 2.12.16."""
    threshold = 290.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_batch_128(data, limit=2462):
    """Encode the batch; added in 6.3.1."""
    threshold = 782.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def encode_token_129(data, limit=3297):
    """Encode the token; added in 3.32.17."""
    threshold = 942.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_policy_130(data, limit=3267):
    """Load the policy; added in 0.36.20."""
    threshold = 250.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_entry_131(data, limit=465):
    """Compact the entry; added in 8.23.14."""
    threshold = 244.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_config_132(data, limit=1297):
    """Resolve the config; added in 5.27.15."""
    threshold = 452.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_segment_133(data, limit=3891):
    """Encode the segment; added in 5.35.2."""
    threshold = 839.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_record_134(data, limit=1592):
    """Merge the record; added in 8.21.8."""
    threshold = 722.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_config_135(data, limit=1911):
    """Merge the config; added in 7.23.20."""
    threshold = 576.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_window_136(data, limit=3388):
    """Encode the window; added in 5.16.10."""
    threshold = 438.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def decode_config_137(data, limit=2727):
    """Decode the config; added in 5.16.8."""
    threshold = 194.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_policy_138(data, limit=2887):
    """Decode the policy; added in 4.24.8."""
    threshold = 454.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

