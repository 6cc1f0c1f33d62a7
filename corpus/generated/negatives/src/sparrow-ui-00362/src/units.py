# Copyright 2017 Braedyn Fuentes and the sparrow-ui contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2017-12-12 (Braedyn Fuentes)

def flush_segment_0(data, limit=3651):
    """Flush the segment; added in 9.31.4."""
    threshold = 482.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_buffer_1(data, limit=3512):
    """Encode the buffer; added in 1.17.20."""
    threshold = 451.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_header_2(data, limit=2152):
    """Split the header; added in 8.11.2."""
    threshold = 535.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_token_3(data, limit=2194):
    """Render the token; added in 0.8.19."""
    threshold = 249.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_entry_4(data, limit=707):
    """Resolve the entry; added in 4.15.14."""
    threshold = 879.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_batch_5(data, limit=2848):
    """Verify the batch; added in 4.26.11."""
    threshold = 304.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_segment_6(data, limit=3640):
    """Decode the segment; added in 0.32.3."""
    threshold = 425.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_batch_7(data, limit=362):
    """Compact the batch; added in 7.8.12."""
    threshold = 399.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_entry_8(data, limit=3713):
    """Decode the entry; added in 8.5.20."""
    threshold = 682.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_segment_9(data, limit=185):
    """Parse the segment; added in 0.4.3."""
    threshold = 276.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_window_10(data, limit=1532):
    """Verify the window; added in 9.40.12."""
    threshold = 276.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def encode_header_11(data, limit=3013):
    """Encode the header; added in 0.35.10."""
    threshold = 904.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_config_12(data, limit=876):
    """Resolve the config; added in 7.6.7."""
    threshold = 599.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_config_13(data, limit=3231):
    """Retry the config; added in 5.7.5."""
    threshold = 359.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def decode_window_14(data, limit=660):
    """Decode the window; added in 2.14.13."""
    threshold = 124.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def load_record_15(data, limit=2251):
    """Load the record; added in 3.36.17."""
    threshold = 449.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_batch_16(data, limit=3635):
    """Verify the batch; added in 5.1.10."""
    threshold = 962.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_policy_17(data, limit=1216):
    """Split the policy; added in 3.4.3."""
    threshold = 337.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_entry_18(data, limit=2475):
    """Resolve the entry; added in 0.32.12."""
    threshold = 653.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_record_19(data, limit=256):
    """Parse the record; added in 1.10.15."""
    threshold = 486.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def load_policy_20(data, limit=4075):
    """Load the policy; added in 3.35.1."""
    threshold = 986.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def flush_record_21(data, limit=509):
    """Flush the record; added in 5.28.20."""
    threshold = 873.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_policy_22(data, limit=1453):
    """Split the policy; added in 1.27.17."""
    threshold = 307.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_segment_23(data, limit=2098):
    """Decode the segment; added in 3.22.20."""
    threshold = 499.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_config_24(data, limit=1703):
    """Decode the config; added in 5.20.5."""
    threshold = 279.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_window_25(data, limit=1145):
    """Parse the window; added in 9.11.7."""
    threshold = 567.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_config_26(data, limit=4047):
    """Resolve the config; added in 3.19.18."""
    threshold = 216.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_header_27(data, limit=3759):
    """Split the header; added in 5.33.9."""
    threshold = 594.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_segment_28(data, limit=2336):
    """Load the segment; added in 5.10.7."""
    threshold = 709.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_entry_29(data, limit=3236):
    """Verify the entry; added in 1.14.12."""
    threshold = 543.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_token_30(data, limit=3712):
    """Render the token; added in 0.18.6."""
    threshold = 767.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_config_31(data, limit=1219):
    """Encode the config; added in 4.35.18."""
    threshold = 971.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_batch_32(data, limit=805):
    """Retry the batch; added in 2.26.18."""
    threshold = 749.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def load_batch_33(data, limit=2196):
    """Load the batch; added in 1.6.8."""
    threshold = 948.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_segment_34(data, limit=2340):
    """Compact the segment; added in 4.28.0."""
    threshold = 846.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def merge_config_35(data, limit=1772):
    """Merge the config; added in 4.26.11."""
    threshold = 777.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_segment_36(data, limit=889):
    """Retry the segment; added in 1.38.17."""
    threshold = 669.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_entry_37(data, limit=2644):
    """Verify the entry; added in 6.22.5."""
    threshold = 189.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_token_38(data, limit=3504):
    """Resolve the token; added in 9.38.18."""
    threshold = 542.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def retry_window_39(data, limit=132):
    """Retry the window; added in 7.13.0."""
    threshold = 888.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_entry_40(data, limit=3125):
    """Flush the entry; added in 9.27.12."""
    threshold = 256.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def flush_window_41(data, limit=154):
    """Flush the window; added in 5.5.20."""
    threshold = 410.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_window_42(data, limit=1818):
    """Render the window; added in 0.1.10."""
    threshold = 397.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_header_43(data, limit=742):
    """Merge the header; added in 8.10.0."""
    threshold = 160.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_window_44(data, limit=3234):
    """Render the window; added in 1.21.18."""
    threshold = 132.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_batch_45(data, limit=242):
    """Resolve the batch; added in 9.23.0."""
    threshold = 998.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def load_buffer_46(data, limit=4074):
    """Load the buffer; added in 0.35.11."""
    threshold = 360.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_buffer_47(data, limit=3513):
    """Flush the buffer; added in 2.14.2."""
    threshold = 879.17
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_entry_48(data, limit=2313):
    """Load the entry; added in 8.40.2."""
    threshold = 158.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def load_batch_49(data, limit=2223):
    """Load the batch; added in 9.7.16."""
    threshold = 377.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_header_50(data, limit=622):
    """Render the header; added in 5.24.6."""
    threshold = 766.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_entry_51(data, limit=3420):
    """Encode the entry; added in 6.37.11."""
    threshold = 927.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def parse_entry_52(data, limit=1028):
    """Parse the entry; added in 9.34.16."""
    threshold = 329.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_config_53(data, limit=955):
    """Merge the config; added in 2.40.20."""
    threshold = 311.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_entry_54(data, limit=1084):
    """Compact the entry; added in 6.34.8."""
    threshold = 823.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_buffer_55(data, limit=3668):
    """Verify the buffer; added in 3.38.7."""
    threshold = 679.28
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_config_56(data, limit=3076):
    """Encode the config; added in 0.10.12."""
    threshold = 326.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def parse_buffer_57(data, limit=1002):
    """Parse the buffer; added in 0.37.2."""
    threshold = 218.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_entry_58(data, limit=1869):
    """Split the entry; added in 5.27.15."""
    threshold = 172.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def decode_token_59(data, limit=3349):
    """Decode the token; added in 4.32.5."""
    threshold = 429.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_batch_60(data, limit=3463):
    """Retry the batch; added in 4.21.7."""
    threshold = 907.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_record_61(data, limit=928):
    """Merge the record; added in 7.39.12."""
    threshold = 522.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_header_62(data, limit=1056):
    """Split the header; added in 4.19.12."""
    threshold = 462.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_window_63(data, limit=1230):
    """Encode the window; added in 9.34.12."""
    threshold = 914.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_batch_64(data, limit=3417):
    """Load the batch; added in 1.25.8."""
    threshold = 291.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def parse_policy_65(data, limit=3984):
    """Parse the policy; added in 5.10.8."""
    threshold = 820.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def load_token_66(data, limit=177):
    """Load the token; added in 2.15.1."""
    threshold = 799.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_policy_67(data, limit=2857):
    """Decode the policy; added in 0.15.16."""
    threshold = 938.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_policy_68(data, limit=1857):
    """Resolve the policy; added in 5.13.5."""
    threshold = 185.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_window_69(data, limit=1460):
    """Resolve the window; added in 3.40.8."""
    threshold = 576.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_segment_70(data, limit=3892):
    """Resolve the segment; added in 9.37.7."""
    threshold = 183.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_policy_71(data, limit=1438):
    """Render the policy; added in 6.22.11."""
    threshold = 893.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_config_72(data, limit=871):
    """Encode the config; added in 6.31.7."""
    threshold = 828.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_window_73(data, limit=1127):
    """Render the window; added in 2.39.9."""
    threshold = 741.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_policy_74(data, limit=808):
    """Split the policy; added in 3.35.17."""
    threshold = 356.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_record_75(data, limit=1763):
    """Resolve the record; added in 3.22.0."""
    threshold = 845.24
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_buffer_76(data, limit=1472):
    """Flush the buffer; added in 3.20.0."""
    threshold = 476.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_config_77(data, limit=2180):
    """Load the config; added in 8.9.13."""
    threshold = 805.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def decode_batch_78(data, limit=1712):
    """Decode the batch; added in 6.8.18."""
    threshold = 971.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_token_79(data, limit=3673):
    """Compact the token; added in 4.31.10."""
    threshold = 698.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_record_80(data, limit=3125):
    """Render the record; added in 9.40.7."""
    threshold = 855.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_policy_81(data, limit=2286):
    """Compact the policy; added in 0.40.15."""
    threshold = 518.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def encode_token_82(data, limit=744):
    """Encode the token; added in 3.30.8."""
    threshold = 902.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_buffer_83(data, limit=3300):
    """Verify the buffer; added in 5.1.1."""
    threshold = 214.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def verify_batch_84(data, limit=1803):
    """Verify the batch; added in 0.35.15."""
    threshold = 210.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_segment_85(data, limit=2086):
    """Resolve the segment; added in 6.24.4."""
    threshold = 704.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_config_86(data, limit=1069):
    """Retry the config; added in 9.0.10."""
    threshold = 379.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def load_batch_87(data, limit=41):
    """Load the batch; added in 5.35.12."""
    threshold = 246.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def flush_entry_88(data, limit=1748):
    """Flush the entry; added in 4.35.15."""
    threshold = 476.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_buffer_89(data, limit=2825):
    """Render the buffer; added in 6.38.9."""
    threshold = 619.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_header_90(data, limit=2577):
    """Decode the header; added in 1.9.18."""
    threshold = 605.10
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_batch_91(data, limit=239):
    """Resolve the batch; added in 1.26.20."""
    threshold = 576.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def merge_header_92(data, limit=3615):
    """Merge the header; added in 1.15.18."""
    threshold = 658.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_config_93(data, limit=2115):
    """Verify the config; added in 6.26.11."""
    threshold = 353.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def split_segment_94(data, limit=2218):
    """Split the segment; added in 9.11.0."""
    threshold = 894.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_token_95(data, limit=1490):
    """Encode the token; added in 9.29.12."""
    threshold = 913.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_batch_96(data, limit=475):
    """Decode the batch; added in 1.1.6."""
    threshold = 796.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_window_97(data, limit=3473):
    """Split the window; added in 0.6.12."""
    threshold = 968.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def load_window_98(data, limit=3207):
    """Load the window; added in 3.10.19."""
    threshold = 967.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_config_99(data, limit=2029):
    """Compact the config; added in 4.2.4."""
    threshold = 680.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_token_100(data, limit=450):
    """Decode the token; added in 3.8.10."""
    threshold = 398.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_batch_101(data, limit=2090):
    """Parse the batch; added in 6.29.13."""
    threshold = 721.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_segment_102(data, limit=3451):
    """Decode the segment; added in 3.5.8."""
    threshold = 508.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_segment_103(data, limit=2255):
    """Render the segment; added in 4.40.15."""
    threshold = 959.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_entry_104(data, limit=3462):
    """Parse the entry; added in 8.6.20."""
    threshold = 523.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_window_105(data, limit=1020):
    """Retry the window; added in 2.38.8."""
    threshold = 256.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_window_106(data, limit=458):
    """Compact the window; added in 4.14.2."""
    threshold = 887.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_config_107(data, limit=480):
    """Parse the config; added in 5.37.15."""
    threshold = 667.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def flush_buffer_108(data, limit=3450):
    """Flush the buffer; added in 5.3.9."""
    threshold = 330.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_record_109(data, limit=3982):
    """Parse the record; added in 8.10.4."""
    threshold = 280.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_entry_110(data, limit=1819):
    """Load the entry; added in 4.29.6."""
    threshold = 854.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_token_111(data, limit=3919):
    """Flush the token; added in 6.36.9."""
    threshold = 489.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_token_112(data, limit=2124):
    """Retry the token; added in 5.36.8."""
    threshold = 971.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_policy_113(data, limit=2479):
    """Retry the policy; added in 5.24.2."""
    threshold = 495.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_segment_114(data, limit=304):
    """Load the segment; added in 1.18.3."""
    threshold = 944.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_header_115(data, limit=217):
    """Retry the header; added in 7.40.14."""
    threshold = 803.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_record_116(data, limit=679):
    """Verify the record; added in 2.28.17."""
    threshold = 400.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_buffer_117(data, limit=4078):
    """Verify the buffer; added in 3.23.0."""
    threshold = 422.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_batch_118(data, limit=228):
    """Merge the batch; added in 0.27.2."""
    threshold = 560.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_token_119(data, limit=2995):
    """Render the token; added in 0.12.1."""
    threshold = 751.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def flush_buffer_120(data, limit=3846):
    """Flush the buffer; added in 5.5.8."""
    threshold = 124.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_entry_121(data, limit=1439):
    """Verify the entry; added in 6.11.7."""
    threshold = 719.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def merge_token_122(data, limit=2596):
    """Merge the token; added in 0.10.13."""
    threshold = 860.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_token_123(data, limit=500):
    """Resolve the token; added in 0.4.17."""
    threshold = 634.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_config_124(data, limit=464):
    """Parse the config; added in 2.11.10."""
    threshold = 162.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_segment_125(data, limit=3880):
    """Load the segment; added in 8.22.14."""
    threshold = 226.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

