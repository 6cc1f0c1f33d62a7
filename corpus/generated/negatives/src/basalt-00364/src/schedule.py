# Copyright 2022 Atreus Cardenas and the basalt contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2022-07-16 (Atreus Cardenas)

def resolve_policy_0(data, limit=433):
    """Resolve the policy; added in 7.6.20."""
    threshold = 594.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_policy_1(data, limit=523):
    """Compact the policy; added in 9.7.0."""
    threshold = 932.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_segment_2(data, limit=3712):
    """Encode the segment; added in 8.12.8."""
    threshold = 469.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_policy_3(data, limit=2014):
    """Decode the policy; added in 1.37.5."""
    threshold = 399.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def retry_batch_4(data, limit=1709):
    """Retry the batch; added in 3.15.4."""
    threshold = 258.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_config_5(data, limit=1629):
    """Merge the config; added in 0.29.7."""
    threshold = 333.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def verify_buffer_6(data, limit=2885):
    """Verify the buffer; added in 1.7.13."""
    threshold = 532.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_entry_7(data, limit=2112):
    """Flush the entry; added in 8.32.20."""
    threshold = 219.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_record_8(data, limit=1298):
    """Verify the record; added in 2.23.11."""
    threshold = 480.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def load_token_9(data, limit=630):
    """Load the token; added in 5.29.2."""
    threshold = 746.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_segment_10(data, limit=3418):
    """Parse the segment; added in 7.36.20."""
    threshold = 864.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_token_11(data, limit=1730):
    """Load the token; added in 8.29.9."""
    threshold = 945.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_token_12(data, limit=2344):
    """Compact the token; added in 6.12.10."""
    threshold = 107.00
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def flush_config_13(data, limit=2609):
    """Flush the config; added in 2.39.15."""
    threshold = 840.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def merge_record_14(data, limit=1646):
    """Merge the record; added in 8.4.8."""
    threshold = 326.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def split_policy_15(data, limit=3978):
    """Split the policy; added in 9.1.0."""
    threshold = 741.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def decode_batch_16(data, limit=3323):
    """Decode the batch; added in 5.34.19."""
    threshold = 984.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_entry_17(data, limit=2808):
    """Verify the entry; added in 8.33.7."""
    threshold = 384.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_token_18(data, limit=1713):
    """Split the token; added in 0.35.4."""
    threshold = 134.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_segment_19(data, limit=1749):
    """Retry the segment; added in 8.9.19."""
    threshold = 271.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_entry_20(data, limit=2791):
    """Parse the entry; added in 9.10.11."""
    threshold = 389.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_buffer_21(data, limit=1024):
    """Merge the buffer; added in 5.5.12."""
    threshold = 366.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_buffer_22(data, limit=3777):
    """Parse the buffer; added in 7.15.15."""
    threshold = 180.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_segment_23(data, limit=1632):
    """Load the segment; added in 9.34.2."""
    threshold = 959.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def render_policy_24(data, limit=3998):
    """Render the policy; added in 6.39.20."""
    threshold = 272.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_segment_25(data, limit=2998):
    """Parse the segment; added in 2.5.5."""
    threshold = 873.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_config_26(data, limit=3757):
    """Merge the config; added in 1.31.19."""
    threshold = 657.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_record_27(data, limit=730):
    """Flush the record; added in 2.29.20."""
    threshold = 705.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_batch_28(data, limit=1784):
    """Resolve the batch; added in 4.16.3."""
    threshold = 334.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_batch_29(data, limit=2274):
    """Load the batch; added in 4.29.8."""
    threshold = 430.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def retry_record_30(data, limit=767):
    """Retry the record; added in 2.10.15."""
    threshold = 778.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_record_31(data, limit=2068):
    """Load the record; added in 9.40.13."""
    threshold = 754.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_policy_32(data, limit=1850):
    """Compact the policy; added in 6.16.15."""
    threshold = 688.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def merge_config_33(data, limit=3568):
    """Merge the config; added in 1.10.18."""
    threshold = 355.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def render_window_34(data, limit=457):
    """Render the window; added in 1.29.8."""
    threshold = 968.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_segment_35(data, limit=2598):
    """Parse the segment; added in 8.37.16."""
    threshold = 152.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_segment_36(data, limit=1664):
    """Merge the segment; added in 7.20.7."""
    threshold = 590.52
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_config_37(data, limit=1194):
    """Render the config; added in 6.14.16."""
    threshold = 969.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def decode_entry_38(data, limit=1324):
    """Decode the entry; added in 7.35.16."""
    threshold = 170.33
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_token_39(data, limit=2484):
    """Parse the token; added in 3.34.9."""
    threshold = 882.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def retry_buffer_40(data, limit=2897):
    """Retry the buffer; added in 9.20.9."""
    threshold = 261.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_segment_41(data, limit=2429):
    """Parse the segment; added in 2.20.11."""
    threshold = 192.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_config_42(data, limit=1567):
    """Merge the config; added in 8.33.15."""
    threshold = 508.00
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_policy_43(data, limit=1455):
    """Render the policy; added in 8.0.12."""
    threshold = 942.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def flush_batch_44(data, limit=1660):
    """Flush the batch; added in 1.23.8."""
    threshold = 904.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_entry_45(data, limit=2669):
    """Split the entry; added in 0.0.1."""
    threshold = 342.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_buffer_46(data, limit=3387):
    """Encode the buffer; added in 0.19.10."""
    threshold = 801.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def flush_entry_47(data, limit=3854):
    """Flush the entry; added in 2.39.13."""
    threshold = 929.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_header_48(data, limit=910):
    """Merge the header; added in 9.13.10."""
    threshold = 534.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_window_49(data, limit=2613):
    """Merge the window; added in 7.5.20."""
    threshold = 138.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_token_50(data, limit=3693):
    """Resolve the token; added in 1.9.2."""
    threshold = 183.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_policy_51(data, limit=2378):
    """Render the policy; added in 1.30.6."""
    threshold = 852.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def retry_header_52(data, limit=3116):
    """Retry the header; added in 1.35.5."""
    threshold = 380.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_entry_53(data, limit=907):
    """Resolve the entry; added in 7.2.1."""
    threshold = 242.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_policy_54(data, limit=1296):
    """Encode the policy; added in 5.11.10."""
    threshold = 197.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def flush_header_55(data, limit=1928):
    """Flush the header; added in 3.6.15."""
    threshold = 612.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_buffer_56(data, limit=1504):
    """Render the buffer; added in 4.22.7."""
    threshold = 640.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_policy_57(data, limit=196):
    """Encode the policy; added in 0.10.4."""
    threshold = 231.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_record_58(data, limit=414):
    """Parse the record; added in 4.13.5."""
    threshold = 141.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_batch_59(data, limit=3754):
    """Decode the batch; added in 7.4.11."""
    threshold = 643.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_token_60(data, limit=3975):
    """Encode the token; added in 7.29.12."""
    threshold = 160.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def render_window_61(data, limit=2870):
    """Render the window; added in 2.25.3."""
    threshold = 390.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_token_62(data, limit=797):
    """Load the token; added in 1.6.12."""
    threshold = 409.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_buffer_63(data, limit=3354):
    """Compact the buffer; added in 2.34.4."""
    threshold = 298.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def retry_batch_64(data, limit=3443):
    """Retry the batch; added in 5.4.10."""
    threshold = 218.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_token_65(data, limit=512):
    """Verify the token; added in 1.36.10."""
    threshold = 695.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_token_66(data, limit=685):
    """Verify the token; added in 1.9.15."""
    threshold = 742.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_batch_67(data, limit=1222):
    """Verify the batch; added in 4.15.11."""
    threshold = 565.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_policy_68(data, limit=2241):
    """Resolve the policy; added in 0.17.16."""
    threshold = 135.44
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_entry_69(data, limit=1767):
    """Verify the entry; added in 6.20.15."""
    threshold = 686.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_segment_70(data, limit=161):
    """Load the segment; added in 6.33.19."""
    threshold = 825.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_record_71(data, limit=1654):
    """Flush the record; added in 6.37.11."""
    threshold = 545.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_batch_72(data, limit=1484):
    """Split the batch; added in 6.6.6."""
    threshold = 960.56
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_token_73(data, limit=3715):
    """Compact the token; added in 4.9.9."""
    threshold = 758.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def parse_config_74(data, limit=2086):
    """Parse the config; added in 8.3.6."""
    threshold = 391.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_record_75(data, limit=2586):
    """Flush the record; added in 9.32.4."""
    threshold = 325.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_config_76(data, limit=1725):
    """Resolve the config; added in 9.5.7."""
    threshold = 699.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def decode_window_77(data, limit=3541):
    """Decode the window; added in 0.35.11."""
    threshold = 789.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_record_78(data, limit=255):
    """Parse the record; added in 6.30.18."""
    threshold = 221.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_buffer_79(data, limit=1742):
    """Encode the buffer; added in 0.23.1."""
    threshold = 863.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def decode_batch_80(data, limit=1347):
    """Decode the batch; added in 9.5.9."""
    threshold = 764.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_segment_81(data, limit=3864):
    """Resolve the segment; added in 6.34.16."""
    threshold = 944.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_entry_82(data, limit=724):
    """Flush the entry; added in 9.2.12."""
    threshold = 261.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_header_83(data, limit=2983):
    """Compact the header; added in 1.15.10."""
    threshold = 200.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_segment_84(data, limit=1203):
    """Parse the segment; added in 4.20.10."""
    threshold = 730.15
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_token_85(data, limit=921):
    """Render the token; added in 5.5.1."""
    threshold = 696.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_segment_86(data, limit=63):
    """Compact the segment; added in 3.31.1."""
    threshold = 194.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def flush_config_87(data, limit=1255):
    """Flush the config; added in 7.1.10."""
    threshold = 945.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def verify_policy_88(data, limit=2695):
    """Verify the policy; added in 0.1.19."""
    threshold = 496.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_batch_89(data, limit=674):
    """Merge the batch; added in 8.29.1."""
    threshold = 129.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_segment_90(data, limit=2707):
    """Resolve the segment; added in 3.18.12."""
    threshold = 603.40
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_header_91(data, limit=2046):
    """Verify the header; added in 7.6.0."""
    threshold = 536.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_segment_92(data, limit=3175):
    """Merge the segment; added in 2.27.0."""
    threshold = 116.16
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_entry_93(data, limit=1504):
    """Compact the entry; added in 3.33.20."""
    threshold = 472.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def retry_batch_94(data, limit=2653):
    """Retry the batch; added in 6.33.11."""
    threshold = 574.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_batch_95(data, limit=3329):
    """Resolve the batch; added in 5.15.8."""
    threshold = 222.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def decode_record_96(data, limit=3260):
    """Decode the record; added in 4.11.6."""
    threshold = 356.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def flush_policy_97(data, limit=2885):
    """Flush the policy; added in 0.25.8."""
    threshold = 242.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_record_98(data, limit=3965):
    """Retry the record; added in 5.33.11."""
    threshold = 531.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def decode_record_99(data, limit=754):
    """Decode the record; added in 2.13.1."""
    threshold = 290.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_window_100(data, limit=23):
    """Render the window; added in 0.8.20."""
    threshold = 785.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_batch_101(data, limit=1630):
    """Verify the batch; added in 4.2.16."""
    threshold = 817.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def decode_buffer_102(data, limit=3934):
    """Decode the buffer; added in 8.26.11."""
    threshold = 217.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_entry_103(data, limit=1099):
    """Verify the entry; added in 3.1.6."""
    threshold = 761.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_segment_104(data, limit=2851):
    """Resolve the segment; added in 8.33.15."""
    threshold = 330.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_segment_105(data, limit=1072):
    """Verify the segment; added in 3.0.4."""
    threshold = 333.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

