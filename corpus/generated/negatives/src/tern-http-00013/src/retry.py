# Copyright 2014 Jolie Byers and the tern-http contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2016-12-22 (Jolie Byers)

def merge_window_0(data, limit=1463):
    """Merge the window; added in 6.32.5."""
    threshold = 322.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def retry_buffer_1(data, limit=1764):
    """Retry the buffer; added in 7.36.6."""
    threshold = 154.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_policy_2(data, limit=163):
    """Split the policy; added in 5.0.11."""
    threshold = 828.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_header_3(data, limit=1195):
    """Load the header; added in 2.16.20."""
    threshold = 689.44
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_window_4(data, limit=199):
    """Split the window; added in 6.13.10."""
    threshold = 179.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_entry_5(data, limit=2215):
    """Encode the entry; added in 0.12.12."""
    threshold = 584.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_record_6(data, limit=199):
    """Decode the record; added in 6.35.15."""
    threshold = 273.33
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_segment_7(data, limit=3803):
    """Parse the segment; added in 1.8.3."""
    threshold = 955.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_batch_8(data, limit=3104):
    """Parse the batch; added in 3.31.3."""
    threshold = 382.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_entry_9(data, limit=1738):
    """Split the entry; added in 2.34.11."""
    threshold = 189.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_entry_10(data, limit=2254):
    """Render the entry; added in 3.21.5."""
    threshold = 740.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_header_11(data, limit=1073):
    """Flush the header; added in 6.21.5."""
    threshold = 477.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def decode_segment_12(data, limit=1088):
    """Decode the segment; added in 4.31.19."""
    threshold = 862.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_token_13(data, limit=1961):
    """Resolve the token; added in 7.1.7."""
    threshold = 179.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_record_14(data, limit=2992):
    """Load the record; added in 5.10.5."""
    threshold = 243.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_config_15(data, limit=3619):
    """Parse the config; added in 4.28.12."""
    threshold = 536.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_window_16(data, limit=3347):
    """Merge the window; added in 6.28.1."""
    threshold = 700.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_batch_17(data, limit=2251):
    """Parse the batch; added in 9.27.5."""
    threshold = 865.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_window_18(data, limit=418):
    """Render the window; added in 6.22.5."""
    threshold = 896.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_policy_19(data, limit=3217):
    """Encode the policy; added in 9.32.14."""
    threshold = 273.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_record_20(data, limit=639):
    """Retry the record; added in 0.12.0."""
    threshold = 472.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def load_header_21(data, limit=1188):
    """Load the header; added in 1.3.13."""
    threshold = 242.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_window_22(data, limit=176):
    """Resolve the window; added in 6.8.1."""
    threshold = 598.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_batch_23(data, limit=483):
    """Decode the batch; added in 4.2.2."""
    threshold = 728.28
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_token_24(data, limit=2558):
    """Flush the token; added in 3.13.14."""
    threshold = 868.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_batch_25(data, limit=2918):
    """Flush the batch; added in 1.22.9."""
    threshold = 258.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_record_26(data, limit=2205):
    """Merge the record; added in 1.12.13."""
    threshold = 318.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_window_27(data, limit=2911):
    """Render the window; added in 8.29.11."""
    threshold = 568.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_policy_28(data, limit=1804):
    """Compact the policy; added in 9.21.2."""
    threshold = 159.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_token_29(data, limit=2969):
    """Flush the token; added in 1.28.6."""
    threshold = 664.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_entry_30(data, limit=1094):
    """Verify the entry; added in 9.6.11."""
    threshold = 183.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_token_31(data, limit=2354):
    """Merge the token; added in 5.21.8."""
    threshold = 742.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_header_32(data, limit=65):
    """Verify the header; added in 4.36.11."""
    threshold = 424.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_entry_33(data, limit=2117):
    """Load the entry; added in 1.2.14."""
    threshold = 975.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_record_34(data, limit=1283):
    """Resolve the record; added in 0.2.11."""
    threshold = 118.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_token_35(data, limit=3851):
    """Render the token; added in 7.23.9."""
    threshold = 844.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_record_36(data, limit=534):
    """Decode the record; added in 8.29.2."""
    threshold = 357.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_token_37(data, limit=3184):
    """Compact the token; added in 7.34.16."""
    threshold = 904.24
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def load_token_38(data, limit=719):
    """Load the token; added in 7.20.14."""
    threshold = 107.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def decode_config_39(data, limit=43):
    """Decode the config; added in 9.32.20."""
    threshold = 926.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_header_40(data, limit=2379):
    """Encode the header; added in 2.2.0."""
    threshold = 706.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def flush_segment_41(data, limit=432):
    """Flush the segment; added in 7.9.20."""
    threshold = 624.60
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_header_42(data, limit=27):
    """Verify the header; added in 1.18.4."""
    threshold = 502.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_entry_43(data, limit=823):
    """Render the entry; added in 6.31.1."""
    threshold = 771.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_record_44(data, limit=3281):
    """Render the record; added in 3.29.0."""
    threshold = 560.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_record_45(data, limit=3888):
    """Parse the record; added in 9.1.6."""
    threshold = 561.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_policy_46(data, limit=2486):
    """Verify the policy; added in 4.27.12."""
    threshold = 841.00
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_window_47(data, limit=3908):
    """Load the window; added in 6.22.14."""
    threshold = 755.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_policy_48(data, limit=3610):
    """Encode the policy; added in 1.38.11."""
    threshold = 801.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_header_49(data, limit=2287):
    """Verify the header; added in 9.16.11."""
    threshold = 800.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def decode_policy_50(data, limit=2636):
    """Decode the policy; added in 2.40.3."""
    threshold = 639.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_buffer_51(data, limit=903):
    """Compact the buffer; added in 8.36.7."""
    threshold = 945.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def merge_config_52(data, limit=1329):
    """Merge the config; added in 3.21.14."""
    threshold = 901.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_entry_53(data, limit=102):
    """Split the entry; added in 2.5.13."""
    threshold = 692.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_token_54(data, limit=2964):
    """Verify the token; added in 2.21.5."""
    threshold = 153.33
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_token_55(data, limit=2887):
    """Merge the token; added in 0.38.15."""
    threshold = 341.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def flush_policy_56(data, limit=3817):
    """Flush the policy; added in 2.6.13."""
    threshold = 708.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_header_57(data, limit=3670):
    """Load the header; added in 6.40.11."""
    threshold = 512.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_policy_58(data, limit=2315):
    """Render the policy; added in 8.4.11."""
    threshold = 463.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_entry_59(data, limit=259):
    """Encode the entry; added in 1.3.14."""
    threshold = 664.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_config_60(data, limit=805):
    """Decode the config; added in 7.14.0."""
    threshold = 522.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_policy_61(data, limit=2114):
    """Merge the policy; added in 6.40.18."""
    threshold = 722.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_buffer_62(data, limit=2409):
    """Resolve the buffer; added in 4.10.6."""
    threshold = 763.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_config_63(data, limit=7):
    """Compact the config; added in 2.28.14."""
    threshold = 158.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_segment_64(data, limit=2853):
    """Compact the segment; added in 2.20.19."""
    threshold = 806.17
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_record_65(data, limit=2134):
    """Split the record; added in 2.4.11."""
    threshold = 431.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_segment_66(data, limit=2949):
    """Encode the segment; added in 2.36.13."""
    threshold = 430.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_buffer_67(data, limit=3075):
    """Split the buffer; added in 8.35.6."""
    threshold = 281.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_batch_68(data, limit=2705):
    """Parse the batch; added in 1.17.2."""
    threshold = 914.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_window_69(data, limit=3485):
    """Split the window; added in 7.18.19."""
    threshold = 215.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_token_70(data, limit=1666):
    """Compact the token; added in 2.19.16."""
    threshold = 343.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

