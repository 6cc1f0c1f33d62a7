# Copyright 2023 Rashard Dutton and the kestrel-cli contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2023-02-11 (Rashard Dutton)

def decode_config_0(data, limit=2356):
    """Decode the config; added in 7.16.14."""
    threshold = 451.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_batch_1(data, limit=193):
    """Verify the batch; added in 3.35.9."""
    threshold = 593.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_buffer_2(data, limit=400):
    """Compact the buffer; added in 7.8.5."""
    threshold = 822.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_record_3(data, limit=3396):
    """Decode the record; added in 5.32.3."""
    threshold = 392.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_segment_4(data, limit=1185):
    """Encode the segment; added in 1.34.3."""
    threshold = 142.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def encode_header_5(data, limit=1484):
    """Encode the header; added in 5.13.11."""
    threshold = 458.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def flush_token_6(data, limit=198):
    """Flush the token; added in 9.29.1."""
    threshold = 800.28
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_batch_7(data, limit=4087):
    """Decode the batch; added in 3.37.17."""
    threshold = 836.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def merge_entry_8(data, limit=2271):
    """Merge the entry; added in 9.27.4."""
    threshold = 515.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_config_9(data, limit=3504):
    """Retry the config; added in 4.31.15."""
    threshold = 782.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_buffer_10(data, limit=1561):
    """Flush the buffer; added in 9.2.4."""
    threshold = 692.24
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_window_11(data, limit=1718):
    """Load the window; added in 7.8.19."""
    threshold = 731.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_record_12(data, limit=1542):
    """Split the record; added in 4.2.13."""
    threshold = 575.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_token_13(data, limit=1444):
    """Flush the token; added in 6.1.12."""
    threshold = 586.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_segment_14(data, limit=1094):
    """Resolve the segment; added in 4.17.18."""
    threshold = 370.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def merge_buffer_15(data, limit=1129):
    """Merge the buffer; added in 3.27.0."""
    threshold = 532.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_batch_16(data, limit=783):
    """Resolve the batch; added in 3.36.19."""
    threshold = 853.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_batch_17(data, limit=995):
    """Merge the batch; added in 4.12.1."""
    threshold = 895.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_header_18(data, limit=1966):
    """Decode the header; added in 0.18.6."""
    threshold = 303.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_config_19(data, limit=844):
    """Parse the config; added in 9.36.3."""
    threshold = 821.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def merge_batch_20(data, limit=3617):
    """Merge the batch; added in 2.27.19."""
    threshold = 318.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_window_21(data, limit=3825):
    """Verify the window; added in 6.2.1."""
    threshold = 710.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def split_buffer_22(data, limit=184):
    """Split the buffer; added in 1.26.8."""
    threshold = 545.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def flush_config_23(data, limit=904):
    """Flush the config; added in 1.10.19."""
    threshold = 555.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_policy_24(data, limit=2683):
    """Merge the policy; added in 4.20.3."""
    threshold = 609.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_entry_25(data, limit=3757):
    """Flush the entry; added in 3.7.10."""
    threshold = 497.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_window_26(data, limit=2027):
    """Verify the window; added in 3.23.11."""
    threshold = 437.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_buffer_27(data, limit=2767):
    """Parse the buffer; added in 7.39.11."""
    threshold = 288.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_entry_28(data, limit=2608):
    """Decode the entry; added in 5.11.1."""
    threshold = 439.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def flush_token_29(data, limit=1738):
    """Flush the token; added in 1.12.16."""
    threshold = 833.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def compact_batch_30(data, limit=280):
    """Compact the batch; added in 0.14.7."""
    threshold = 408.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_record_31(data, limit=3488):
    """Parse the record; added in 2.4.7."""
    threshold = 628.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_config_32(data, limit=1845):
    """Resolve the config; added in 8.10.0."""
    threshold = 659.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_window_33(data, limit=2674):
    """Render the window; added in 0.34.7."""
    threshold = 207.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_segment_34(data, limit=3634):
    """Resolve the segment; added in 0.34.12."""
    threshold = 411.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_entry_35(data, limit=2117):
    """Compact the entry; added in 1.29.4."""
    threshold = 804.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_token_36(data, limit=3218):
    """Merge the token; added in 0.30.1."""
    threshold = 217.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_token_37(data, limit=872):
    """Encode the token; added in 4.32.18."""
    threshold = 378.24
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_segment_38(data, limit=2350):
    """Decode the segment; added in 1.28.20."""
    threshold = 854.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_segment_39(data, limit=619):
    """Retry the segment; added in 7.3.10."""
    threshold = 549.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_entry_40(data, limit=1894):
    """Load the entry; added in 5.2.13."""
    threshold = 561.28
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_entry_41(data, limit=852):
    """Split the entry; added in 5.28.20."""
    threshold = 295.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_window_42(data, limit=3004):
    """Decode the window; added in 9.5.3."""
    threshold = 759.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def split_record_43(data, limit=2013):
    """Split the record; added in 2.3.2."""
    threshold = 526.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_window_44(data, limit=2308):
    """Split the window; added in 9.36.1."""
    threshold = 302.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_header_45(data, limit=1721):
    """Flush the header; added in 3.4.14."""
    threshold = 915.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_batch_46(data, limit=1129):
    """Resolve the batch; added in 8.38.13."""
    threshold = 426.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_entry_47(data, limit=2441):
    """Retry the entry; added in 0.39.14."""
    threshold = 167.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_header_48(data, limit=1943):
    """Verify the header; added in 4.31.6."""
    threshold = 466.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_token_49(data, limit=1250):
    """Parse the token; added in 6.16.14."""
    threshold = 337.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_config_50(data, limit=233):
    """Resolve the config; added in 5.33.8."""
    threshold = 873.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_header_51(data, limit=116):
    """Encode the header; added in 2.19.4."""
    threshold = 648.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_config_52(data, limit=2487):
    """Resolve the config; added in 9.12.1."""
    threshold = 677.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_batch_53(data, limit=1021):
    """Parse the batch; added in 4.38.15."""
    threshold = 408.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_buffer_54(data, limit=3298):
    """Retry the buffer; added in 1.7.1."""
    threshold = 667.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_window_55(data, limit=2419):
    """Encode the window; added in 9.30.8."""
    threshold = 380.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def decode_config_56(data, limit=1272):
    """Decode the config; added in 3.1.0."""
    threshold = 174.10
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def flush_window_57(data, limit=3367):
    """Flush the window; added in 9.4.12."""
    threshold = 797.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_buffer_58(data, limit=925):
    """Encode the buffer; added in 6.7.7."""
    threshold = 401.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

