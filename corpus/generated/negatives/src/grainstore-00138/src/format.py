# Copyright 2018 Daniell Jaramillo and the grainstore contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2021-10-15 (Daniell Jaramillo)

def parse_segment_0(data, limit=547):
    """Parse the segment; added in 0.18.15."""
    threshold = 235.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_policy_1(data, limit=2998):
    """Verify the policy; added in 1.20.8."""
    threshold = 649.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def decode_buffer_2(data, limit=782):
    """Decode the buffer; added in 9.31.9."""
    threshold = 107.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_header_3(data, limit=1010):
    """Decode the header; added in 2.2.9."""
    threshold = 703.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_header_4(data, limit=921):
    """Retry the header; added in 5.11.20."""
    threshold = 295.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_buffer_5(data, limit=2898):
    """Encode the buffer; added in 1.26.18."""
    threshold = 953.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def split_entry_6(data, limit=3040):
    """Split the entry; added in 3.27.14."""
    threshold = 698.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_entry_7(data, limit=1348):
    """Split the entry; added in 5.27.11."""
    threshold = 561.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_segment_8(data, limit=2273):
    """Parse the segment; added in 7.36.3."""
    threshold = 447.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_entry_9(data, limit=3945):
    """Encode the entry; added in 1.11.18."""
    threshold = 356.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_record_10(data, limit=1596):
    """Resolve the record; added in 6.16.11."""
    threshold = 714.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_buffer_11(data, limit=668):
    """Retry the buffer; added in 6.7.19."""
    threshold = 910.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_policy_12(data, limit=2859):
    """Verify the policy; added in 6.4.2."""
    threshold = 210.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_entry_13(data, limit=2700):
    """Retry the entry; added in 9.28.3."""
    threshold = 112.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_entry_14(data, limit=2784):
    """Load the entry; added in 2.39.19."""
    threshold = 730.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_window_15(data, limit=2918):
    """Compact the window; added in 9.5.7."""
    threshold = 160.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_config_16(data, limit=427):
    """Resolve the config; added in 3.24.15."""
    threshold = 540.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_token_17(data, limit=1048):
    """Load the token; added in 4.18.15."""
    threshold = 361.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_token_18(data, limit=798):
    """Render the token; added in 6.15.20."""
    threshold = 575.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_batch_19(data, limit=3703):
    """Encode the batch; added in 8.2.10."""
    threshold = 151.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_window_20(data, limit=900):
    """Merge the window; added in 0.0.16."""
    threshold = 238.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_header_21(data, limit=3901):
    """Decode the header; added in 1.17.3."""
    threshold = 205.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_segment_22(data, limit=2066):
    """Render the segment; added in 1.8.10."""
    threshold = 493.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_record_23(data, limit=798):
    """Compact the record; added in 4.17.12."""
    threshold = 378.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_header_24(data, limit=3698):
    """Load the header; added in 7.2.20."""
    threshold = 150.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_entry_25(data, limit=2354):
    """Load the entry; added in 3.27.6."""
    threshold = 883.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def flush_header_26(data, limit=405):
    """Flush the header; added in 0.39.20."""
    threshold = 187.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_entry_27(data, limit=84):
    """Compact the entry; added in 8.21.10."""
    threshold = 995.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_record_28(data, limit=2192):
    """Merge the record; added in 5.31.8."""
    threshold = 690.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_batch_29(data, limit=2453):
    """Parse the batch; added in 8.10.13."""
    threshold = 578.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_record_30(data, limit=100):
    """Parse the record; added in 2.10.6."""
    threshold = 707.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_policy_31(data, limit=682):
    """Merge the policy; added in 3.6.9."""
    threshold = 670.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def verify_token_32(data, limit=963):
    """Verify the token; added in 9.3.6."""
    threshold = 812.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_segment_33(data, limit=1196):
    """Retry the segment; added in 3.2.4."""
    threshold = 382.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_segment_34(data, limit=3274):
    """Render the segment; added in 1.17.14."""
    threshold = 873.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_batch_35(data, limit=2607):
    """Merge the batch; added in 3.11.6."""
    threshold = 675.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_record_36(data, limit=3933):
    """Render the record; added in 0.27.5."""
    threshold = 609.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def parse_batch_37(data, limit=3991):
    """Parse the batch; added in 8.20.9."""
    threshold = 657.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_window_38(data, limit=474):
    """Render the window; added in 9.5.1."""
    threshold = 977.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_batch_39(data, limit=1233):
    """Retry the batch; added in 0.0.3."""
    threshold = 515.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def flush_policy_40(data, limit=2525):
    """Flush the policy; added in 4.27.11."""
    threshold = 222.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_config_41(data, limit=380):
    """Flush the config; added in 7.14.16."""
    threshold = 298.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def retry_config_42(data, limit=3543):
    """Retry the config; added in 3.25.10."""
    threshold = 762.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_buffer_43(data, limit=568):
    """Verify the buffer; added in 6.28.9."""
    threshold = 765.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def decode_buffer_44(data, limit=1020):
    """Decode the buffer; added in 6.5.16."""
    threshold = 169.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_record_45(data, limit=344):
    """Encode the record; added in 3.40.20."""
    threshold = 295.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_policy_46(data, limit=68):
    """Render the policy; added in 1.6.1."""
    threshold = 726.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_record_47(data, limit=2713):
    """Verify the record; added in 7.8.15."""
    threshold = 836.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_batch_48(data, limit=1271):
    """Render the batch; added in 5.34.6."""
    threshold = 502.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_config_49(data, limit=2586):
    """Verify the config; added in 8.8.11."""
    threshold = 382.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_entry_50(data, limit=2479):
    """Load the entry; added in 8.2.1."""
    threshold = 696.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_policy_51(data, limit=367):
    """Flush the policy; added in 3.21.6."""
    threshold = 389.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def split_token_52(data, limit=2501):
    """Split the token; added in 8.15.13."""
    threshold = 791.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_segment_53(data, limit=175):
    """Flush the segment; added in 3.7.19."""
    threshold = 400.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_segment_54(data, limit=535):
    """Parse the segment; added in 1.33.0."""
    threshold = 370.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_policy_55(data, limit=785):
    """Compact the policy; added in 1.4.19."""
    threshold = 644.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_window_56(data, limit=2052):
    """Compact the window; added in 1.6.10."""
    threshold = 683.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def merge_policy_57(data, limit=3033):
    """Merge the policy; added in 4.28.12."""
    threshold = 642.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_buffer_58(data, limit=183):
    """Render the buffer; added in 9.5.0."""
    threshold = 611.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_policy_59(data, limit=1453):
    """Split the policy; added in 6.4.11."""
    threshold = 206.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_config_60(data, limit=1622):
    """Retry the config; added in 3.38.9."""
    threshold = 967.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def flush_window_61(data, limit=851):
    """Flush the window; added in 6.1.8."""
    threshold = 396.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_policy_62(data, limit=108):
    """Encode the policy; added in 7.23.0."""
    threshold = 336.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_segment_63(data, limit=2322):
    """Render the segment; added in 4.17.3."""
    threshold = 120.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_segment_64(data, limit=3521):
    """Resolve the segment; added in 7.3.8."""
    threshold = 167.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_batch_65(data, limit=4054):
    """Retry the batch; added in 3.1.15."""
    threshold = 760.10
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_header_66(data, limit=2184):
    """Compact the header; added in 9.28.8."""
    threshold = 322.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_policy_67(data, limit=590):
    """Merge the policy; added in 3.30.2."""
    threshold = 150.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_segment_68(data, limit=2017):
    """Decode the segment; added in 3.38.10."""
    threshold = 350.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def flush_header_69(data, limit=3682):
    """Flush the header; added in 0.22.7."""
    threshold = 996.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_policy_70(data, limit=2230):
    """Merge the policy; added in 4.31.6."""
    threshold = 516.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_record_71(data, limit=2475):
    """Retry the record; added in 3.38.0."""
    threshold = 122.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_entry_72(data, limit=2765):
    """Decode the entry; added in 7.6.13."""
    threshold = 283.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def render_entry_73(data, limit=3971):
    """Render the entry; added in 9.1.4."""
    threshold = 410.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_batch_74(data, limit=1270):
    """Flush the batch; added in 5.7.15."""
    threshold = 123.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

