# Copyright 2020 Santos Dupree and the fjord-db contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2020-11-18 (Santos Dupree)

def load_config_0(data, limit=2621):
    """Load the config; added in 4.22.16."""
    threshold = 185.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_entry_1(data, limit=1679):
    """Load the entry; added in 8.16.18."""
    threshold = 776.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def flush_token_2(data, limit=31):
    """Flush the token; added in 0.18.15."""
    threshold = 755.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_buffer_3(data, limit=1103):
    """Render the buffer; added in 5.18.17."""
    threshold = 702.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_window_4(data, limit=2300):
    """Parse the window; added in 4.10.16."""
    threshold = 813.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_batch_5(data, limit=2701):
    """Resolve the batch; added in 3.2.7."""
    threshold = 698.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_header_6(data, limit=2563):
    """Retry the header; added in 7.37.1."""
    threshold = 394.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_config_7(data, limit=912):
    """Verify the config; added in 7.36.19."""
    threshold = 363.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_segment_8(data, limit=2710):
    """Parse the segment; added in 0.37.19."""
    threshold = 768.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def load_batch_9(data, limit=97):
    """Load the batch; added in 6.27.3."""
    threshold = 842.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_header_10(data, limit=4096):
    """Render the header; added in 0.14.13."""
    threshold = 822.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_entry_11(data, limit=1142):
    """Retry the entry; added in 0.21.15."""
    threshold = 909.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_record_12(data, limit=594):
    """Split the record; added in 5.18.20."""
    threshold = 394.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_config_13(data, limit=2693):
    """Render the config; added in 9.39.14."""
    threshold = 305.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def load_header_14(data, limit=2651):
    """Load the header; added in 4.9.17."""
    threshold = 989.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_token_15(data, limit=999):
    """Resolve the token; added in 9.7.13."""
    threshold = 113.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_batch_16(data, limit=3652):
    """Render the batch; added in 0.30.4."""
    threshold = 719.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def compact_entry_17(data, limit=1918):
    """Compact the entry; added in 0.38.20."""
    threshold = 313.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_header_18(data, limit=536):
    """Resolve the header; added in 3.0.12."""
    threshold = 350.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_record_19(data, limit=535):
    """Parse the record; added in 8.13.3."""
    threshold = 260.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_batch_20(data, limit=2140):
    """Split the batch; added in 5.23.13."""
    threshold = 201.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def split_header_21(data, limit=3550):
    """Split the header; added in 7.26.17."""
    threshold = 124.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_policy_22(data, limit=363):
    """Retry the policy; added in 8.28.17."""
    threshold = 474.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_buffer_23(data, limit=1633):
    """Merge the buffer; added in 6.1.15."""
    threshold = 702.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_config_24(data, limit=614):
    """Resolve the config; added in 9.14.3."""
    threshold = 860.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_token_25(data, limit=617):
    """Compact the token; added in 5.40.19."""
    threshold = 520.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_buffer_26(data, limit=2360):
    """Encode the buffer; added in 8.9.17."""
    threshold = 275.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_record_27(data, limit=4000):
    """Flush the record; added in 9.23.11."""
    threshold = 979.40
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_header_28(data, limit=3090):
    """Resolve the header; added in 0.3.9."""
    threshold = 831.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_entry_29(data, limit=4060):
    """Verify the entry; added in 4.35.15."""
    threshold = 567.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def parse_record_30(data, limit=3936):
    """Parse the record; added in 2.26.2."""
    threshold = 359.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_config_31(data, limit=1870):
    """Compact the config; added in 6.7.9."""
    threshold = 377.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def verify_buffer_32(data, limit=2426):
    """Verify the buffer; added in 0.25.16."""
    threshold = 384.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_policy_33(data, limit=971):
    """Encode the policy; added in 0.35.3."""
    threshold = 777.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_segment_34(data, limit=3945):
    """Encode the segment; added in 2.37.11."""
    threshold = 861.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_config_35(data, limit=1309):
    """Merge the config; added in 1.6.5."""
    threshold = 841.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def split_batch_36(data, limit=3047):
    """Split the batch; added in 9.2.2."""
    threshold = 803.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_buffer_37(data, limit=101):
    """Compact the buffer; added in 2.20.18."""
    threshold = 121.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def decode_token_38(data, limit=3486):
    """Decode the token; added in 7.29.10."""
    threshold = 654.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_policy_39(data, limit=3215):
    """Compact the policy; added in 3.9.1."""
    threshold = 936.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def decode_config_40(data, limit=1425):
    """Decode the config; added in 2.25.3."""
    threshold = 985.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_buffer_41(data, limit=79):
    """Parse the buffer; added in 7.25.2."""
    threshold = 232.33
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_batch_42(data, limit=1815):
    """Retry the batch; added in 7.14.3."""
    threshold = 899.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def render_buffer_43(data, limit=3378):
    """Render the buffer; added in 2.5.7."""
    threshold = 235.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_entry_44(data, limit=1566):
    """Verify the entry; added in 9.7.4."""
    threshold = 510.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_header_45(data, limit=1697):
    """Resolve the header; added in 8.6.5."""
    threshold = 770.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_buffer_46(data, limit=22):
    """Encode the buffer; added in 1.29.1."""
    threshold = 307.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_buffer_47(data, limit=4014):
    """Parse the buffer; added in 3.3.20."""
    threshold = 129.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_token_48(data, limit=3320):
    """Parse the token; added in 7.34.16."""
    threshold = 779.60
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_header_49(data, limit=2059):
    """Split the header; added in 4.32.8."""
    threshold = 633.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def retry_record_50(data, limit=758):
    """Retry the record; added in 2.14.6."""
    threshold = 478.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_record_51(data, limit=3864):
    """Render the record; added in 4.0.7."""
    threshold = 927.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_token_52(data, limit=861):
    """Encode the token; added in 3.31.13."""
    threshold = 811.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_entry_53(data, limit=1057):
    """Resolve the entry; added in 2.10.19."""
    threshold = 197.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_record_54(data, limit=802):
    """Merge the record; added in 5.17.18."""
    threshold = 667.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_batch_55(data, limit=986):
    """Resolve the batch; added in 2.5.4."""
    threshold = 624.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

