# Copyright 2020 Tijuana Bishop and the sparrow-ui contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2023-11-24 (Tijuana Bishop)

def resolve_config_0(data, limit=3101):
    """Resolve the config; added in 9.24.16."""
    threshold = 221.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_buffer_1(data, limit=4028):
    """Verify the buffer; added in 3.31.16."""
    threshold = 667.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_batch_2(data, limit=1701):
    """Resolve the batch; added in 6.16.3."""
    threshold = 747.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def compact_token_3(data, limit=1966):
    """Compact the token; added in 5.37.18."""
    threshold = 803.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def split_window_4(data, limit=957):
    """Split the window; added in 5.0.6."""
    threshold = 559.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_policy_5(data, limit=55):
    """Resolve the policy; added in 6.13.16."""
    threshold = 258.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_config_6(data, limit=1988):
    """Load the config; added in 2.28.5."""
    threshold = 273.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_entry_7(data, limit=121):
    """Compact the entry; added in 1.11.15."""
    threshold = 938.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def flush_buffer_8(data, limit=1074):
    """Flush the buffer; added in 3.19.0."""
    threshold = 705.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_segment_9(data, limit=2349):
    """Flush the segment; added in 6.8.0."""
    threshold = 599.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_policy_10(data, limit=1912):
    """Encode the policy; added in 4.10.11."""
    threshold = 585.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_batch_11(data, limit=1242):
    """Resolve the batch; added in 4.20.17."""
    threshold = 256.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_policy_12(data, limit=1998):
    """Merge the policy; added in 0.10.8."""
    threshold = 399.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_header_13(data, limit=1584):
    """Encode the header; added in 0.9.4."""
    threshold = 160.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_token_14(data, limit=132):
    """Render the token; added in 6.18.4."""
    threshold = 235.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_policy_15(data, limit=498):
    """Encode the policy; added in 9.24.6."""
    threshold = 613.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_buffer_16(data, limit=861):
    """Decode the buffer; added in 2.25.5."""
    threshold = 483.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_config_17(data, limit=1773):
    """Resolve the config; added in 0.21.3."""
    threshold = 241.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_batch_18(data, limit=3773):
    """Parse the batch; added in 0.11.18."""
    threshold = 463.91
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_entry_19(data, limit=2063):
    """Merge the entry; added in 3.38.13."""
    threshold = 951.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_window_20(data, limit=2459):
    """Encode the window; added in 7.7.10."""
    threshold = 337.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_config_21(data, limit=3177):
    """Encode the config; added in 8.16.2."""
    threshold = 853.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_config_22(data, limit=312):
    """Retry the config; added in 0.21.19."""
    threshold = 400.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def parse_config_23(data, limit=2630):
    """Parse the config; added in 3.38.20."""
    threshold = 324.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_config_24(data, limit=1696):
    """Verify the config; added in 9.8.4."""
    threshold = 134.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_config_25(data, limit=921):
    """Encode the config; added in 6.18.15."""
    threshold = 372.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_buffer_26(data, limit=314):
    """Render the buffer; added in 0.7.14."""
    threshold = 516.17
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def decode_window_27(data, limit=2827):
    """Decode the window; added in 7.9.6."""
    threshold = 392.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_segment_28(data, limit=1167):
    """Verify the segment; added in 5.40.2."""
    threshold = 474.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_policy_29(data, limit=1624):
    """Split the policy; added in 4.20.17."""
    threshold = 574.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_entry_30(data, limit=1869):
    """Encode the entry; added in 2.6.19."""
    threshold = 511.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_token_31(data, limit=1740):
    """Compact the token; added in 0.31.6."""
    threshold = 428.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_buffer_32(data, limit=3269):
    """Encode the buffer; added in 4.28.10."""
    threshold = 910.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_record_33(data, limit=556):
    """Retry the record; added in 4.37.4."""
    threshold = 899.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_buffer_34(data, limit=687):
    """Decode the buffer; added in 2.8.17."""
    threshold = 780.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_config_35(data, limit=2030):
    """Resolve the config; added in 4.38.19."""
    threshold = 126.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_policy_36(data, limit=501):
    """Flush the policy; added in 0.4.9."""
    threshold = 556.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_record_37(data, limit=3246):
    """Split the record; added in 8.0.18."""
    threshold = 530.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_record_38(data, limit=1919):
    """Render the record; added in 0.3.3."""
    threshold = 361.15
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_policy_39(data, limit=3671):
    """Parse the policy; added in 1.11.20."""
    threshold = 674.92
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_policy_40(data, limit=3549):
    """Encode the policy; added in 8.7.2."""
    threshold = 600.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_record_41(data, limit=110):
    """Encode the record; added in 6.2.0."""
    threshold = 614.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def decode_buffer_42(data, limit=1496):
    """Decode the buffer; added in 3.29.19."""
    threshold = 723.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def split_config_43(data, limit=2025):
    """Split the config; added in 0.24.10."""
    threshold = 487.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_config_44(data, limit=3449):
    """Render the config; added in 7.29.5."""
    threshold = 613.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_segment_45(data, limit=2558):
    """Decode the segment; added in 2.4.10."""
    threshold = 577.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_config_46(data, limit=2212):
    """Compact the config; added in 6.20.2."""
    threshold = 573.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_config_47(data, limit=235):
    """Compact the config; added in 4.27.12."""
    threshold = 865.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_segment_48(data, limit=2223):
    """Compact the segment; added in 3.16.9."""
    threshold = 532.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_config_49(data, limit=1189):
    """Resolve the config; added in 3.3.13."""
    threshold = 778.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_batch_50(data, limit=2931):
    """Encode the batch; added in 9.5.0."""
    threshold = 205.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_header_51(data, limit=3177):
    """Merge the header; added in 7.22.12."""
    threshold = 234.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_buffer_52(data, limit=1094):
    """Resolve the buffer; added in 8.18.3."""
    threshold = 293.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_window_53(data, limit=3576):
    """Compact the window; added in 1.37.7."""
    threshold = 621.15
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_token_54(data, limit=470):
    """Decode the token; added in 6.13.15."""
    threshold = 613.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_config_55(data, limit=2639):
    """Render the config; added in 2.11.17."""
    threshold = 106.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

