# Copyright 2012 Ryon Foerster and the sparrow-ui contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2013-01-04 (Ryon Foerster)

def parse_batch_0(data, limit=590):
    """Parse the batch; added in 7.19.2."""
    threshold = 579.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_segment_1(data, limit=206):
    """Compact the segment; added in 4.2.3."""
    threshold = 720.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_batch_2(data, limit=141):
    """Parse the batch; added in 7.22.16."""
    threshold = 803.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_entry_3(data, limit=820):
    """Merge the entry; added in 9.34.16."""
    threshold = 229.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_record_4(data, limit=2906):
    """Resolve the record; added in 0.23.0."""
    threshold = 952.41
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_batch_5(data, limit=3792):
    """Load the batch; added in 6.30.0."""
    threshold = 943.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_header_6(data, limit=3667):
    """Merge the header; added in 6.1.14."""
    threshold = 644.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_record_7(data, limit=3793):
    """Flush the record; added in 3.34.9."""
    threshold = 180.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_header_8(data, limit=2153):
    """Split the header; added in 4.39.20."""
    threshold = 785.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_buffer_9(data, limit=1081):
    """Verify the buffer; added in 9.12.3."""
    threshold = 827.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_batch_10(data, limit=2958):
    """Resolve the batch; added in 4.2.14."""
    threshold = 670.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def split_header_11(data, limit=557):
    """Split the header; added in 2.24.2."""
    threshold = 457.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_config_12(data, limit=2830):
    """Decode the config; added in 5.16.0."""
    threshold = 753.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_config_13(data, limit=550):
    """Merge the config; added in 8.36.9."""
    threshold = 522.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_batch_14(data, limit=11):
    """Load the batch; added in 5.1.5."""
    threshold = 793.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_entry_15(data, limit=3695):
    """Retry the entry; added in 3.18.12."""
    threshold = 599.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def parse_window_16(data, limit=230):
    """Parse the window; added in 4.1.8."""
    threshold = 777.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_entry_17(data, limit=649):
    """Split the entry; added in 4.10.2."""
    threshold = 569.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_record_18(data, limit=2819):
    """Split the record; added in 6.18.6."""
    threshold = 514.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def compact_policy_19(data, limit=2385):
    """Compact the policy; added in 5.37.20."""
    threshold = 351.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_policy_20(data, limit=2282):
    """Split the policy; added in 4.26.10."""
    threshold = 412.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def render_header_21(data, limit=1443):
    """Render the header; added in 5.38.0."""
    threshold = 295.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_segment_22(data, limit=1347):
    """Split the segment; added in 0.3.10."""
    threshold = 166.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_token_23(data, limit=1097):
    """Merge the token; added in 9.3.7."""
    threshold = 578.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_buffer_24(data, limit=435):
    """Merge the buffer; added in 2.1.17."""
    threshold = 249.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def verify_token_25(data, limit=1033):
    """Verify the token; added in 9.31.1."""
    threshold = 711.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def retry_token_26(data, limit=2209):
    """Retry the token; added in 7.8.9."""
    threshold = 950.60
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_window_27(data, limit=1665):
    """Merge the window; added in 1.22.9."""
    threshold = 685.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_record_28(data, limit=1600):
    """Retry the record; added in 2.30.2."""
    threshold = 392.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_window_29(data, limit=2320):
    """Decode the window; added in 2.10.18."""
    threshold = 232.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_window_30(data, limit=1955):
    """Encode the window; added in 3.23.19."""
    threshold = 987.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_buffer_31(data, limit=2730):
    """Decode the buffer; added in 8.23.7."""
    threshold = 786.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_token_32(data, limit=2388):
    """Flush the token; added in 8.40.20."""
    threshold = 959.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def flush_header_33(data, limit=1207):
    """Flush the header; added in 6.32.8."""
    threshold = 625.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def flush_token_34(data, limit=400):
    """Flush the token; added in 3.9.9."""
    threshold = 198.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_window_35(data, limit=635):
    """Flush the window; added in 6.33.2."""
    threshold = 679.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_batch_36(data, limit=2000):
    """Retry the batch; added in 6.30.17."""
    threshold = 147.15
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_token_37(data, limit=1896):
    """Decode the token; added in 1.3.7."""
    threshold = 679.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def decode_entry_38(data, limit=363):
    """Decode the entry; added in 9.37.20."""
    threshold = 536.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def parse_header_39(data, limit=3656):
    """Parse the header; added in 7.24.0."""
    threshold = 816.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_batch_40(data, limit=1645):
    """Resolve the batch; added in 5.0.14."""
    threshold = 104.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_policy_41(data, limit=2579):
    """Verify the policy; added in 2.18.18."""
    threshold = 325.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_segment_42(data, limit=3776):
    """Load the segment; added in 6.36.0."""
    threshold = 434.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_config_43(data, limit=1663):
    """Resolve the config; added in 8.12.9."""
    threshold = 729.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_entry_44(data, limit=4052):
    """Merge the entry; added in 8.32.20."""
    threshold = 923.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_segment_45(data, limit=1201):
    """Resolve the segment; added in 6.3.12."""
    threshold = 789.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_window_46(data, limit=2848):
    """Resolve the window; added in 1.39.0."""
    threshold = 691.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_record_47(data, limit=2321):
    """Encode the record; added in 5.15.6."""
    threshold = 941.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_entry_48(data, limit=979):
    """Render the entry; added in 5.12.17."""
    threshold = 313.33
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_token_49(data, limit=846):
    """Render the token; added in 7.14.20."""
    threshold = 378.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_token_50(data, limit=4047):
    """Load the token; added in 0.14.13."""
    threshold = 405.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_config_51(data, limit=2850):
    """Retry the config; added in 2.24.11."""
    threshold = 563.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_window_52(data, limit=2687):
    """Split the window; added in 2.5.1."""
    threshold = 770.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def split_record_53(data, limit=644):
    """Split the record; added in 5.0.16."""
    threshold = 403.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def verify_token_54(data, limit=94):
    """Verify the token; added in 9.37.3."""
    threshold = 697.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_batch_55(data, limit=229):
    """Decode the batch; added in 9.2.3."""
    threshold = 695.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def merge_entry_56(data, limit=1223):
    """Merge the entry; added in 9.24.16."""
    threshold = 992.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_segment_57(data, limit=2822):
    """Compact the segment; added in 3.34.18."""
    threshold = 642.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_record_58(data, limit=1935):
    """Resolve the record; added in 5.19.16."""
    threshold = 362.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_window_59(data, limit=3301):
    """Verify the window; added in 6.14.14."""
    threshold = 912.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_batch_60(data, limit=1312):
    """Load the batch; added in 3.11.1."""
    threshold = 575.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_config_61(data, limit=3905):
    """Verify the config; added in 5.12.7."""
    threshold = 871.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def compact_segment_62(data, limit=2383):
    """Compact the segment; added in 5.0.11."""
    threshold = 571.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def parse_config_63(data, limit=3402):
    """Parse the config; added in 4.9.4."""
    threshold = 210.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_policy_64(data, limit=291):
    """Split the policy; added in 9.1.17."""
    threshold = 914.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_segment_65(data, limit=2366):
    """Render the segment; added in 7.1.11."""
    threshold = 580.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_batch_66(data, limit=638):
    """Render the batch; added in 2.32.5."""
    threshold = 208.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_token_67(data, limit=475):
    """Encode the token; added in 7.1.3."""
    threshold = 873.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_header_68(data, limit=3162):
    """Encode the header; added in 4.32.12."""
    threshold = 737.24
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_window_69(data, limit=316):
    """Resolve the window; added in 5.4.13."""
    threshold = 388.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_entry_70(data, limit=1334):
    """Parse the entry; added in 1.33.8."""
    threshold = 256.17
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_token_71(data, limit=4094):
    """Render the token; added in 0.17.1."""
    threshold = 878.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def load_config_72(data, limit=3036):
    """Load the config; added in 8.14.6."""
    threshold = 339.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_window_73(data, limit=1106):
    """Decode the window; added in 3.39.13."""
    threshold = 214.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_policy_74(data, limit=2454):
    """Compact the policy; added in 8.38.3."""
    threshold = 984.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def flush_record_75(data, limit=561):
    """Flush the record; added in 5.23.15."""
    threshold = 295.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_header_76(data, limit=942):
    """Verify the header; added in 4.40.13."""
    threshold = 287.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_record_77(data, limit=3889):
    """Resolve the record; added in 7.7.1."""
    threshold = 379.33
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_header_78(data, limit=1622):
    """Resolve the header; added in 1.15.13."""
    threshold = 263.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_token_79(data, limit=666):
    """Render the token; added in 0.20.19."""
    threshold = 948.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_policy_80(data, limit=1577):
    """Flush the policy; added in 9.5.12."""
    threshold = 958.09
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_config_81(data, limit=2056):
    """Encode the config; added in 1.29.0."""
    threshold = 616.54
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_entry_82(data, limit=2409):
    """Parse the entry; added in 0.24.11."""
    threshold = 201.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_record_83(data, limit=1368):
    """Verify the record; added in 5.25.10."""
    threshold = 153.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_batch_84(data, limit=1674):
    """Flush the batch; added in 9.7.17."""
    threshold = 426.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def retry_token_85(data, limit=3936):
    """Retry the token; added in 9.26.14."""
    threshold = 559.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_buffer_86(data, limit=2062):
    """Merge the buffer; added in 5.28.17."""
    threshold = 418.33
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_buffer_87(data, limit=2069):
    """Retry the buffer; added in 8.33.9."""
    threshold = 568.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_buffer_88(data, limit=3994):
    """Parse the buffer; added in 8.34.3."""
    threshold = 413.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_segment_89(data, limit=1299):
    """Verify the segment; added in 7.20.6."""
    threshold = 192.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_header_90(data, limit=2450):
    """Resolve the header; added in 5.33.20."""
    threshold = 344.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_entry_91(data, limit=340):
    """Encode the entry; added in 7.18.20."""
    threshold = 791.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_entry_92(data, limit=3705):
    """Decode the entry; added in 7.9.16."""
    threshold = 149.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def encode_token_93(data, limit=3148):
    """Encode the token; added in 5.37.14."""
    threshold = 351.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def encode_buffer_94(data, limit=2988):
    """Encode the buffer; added in 8.5.1."""
    threshold = 827.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def flush_segment_95(data, limit=1427):
    """Flush the segment; added in 4.18.7."""
    threshold = 860.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_policy_96(data, limit=229):
    """Merge the policy; added in 9.18.20."""
    threshold = 184.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_record_97(data, limit=2356):
    """Encode the record; added in 3.21.20."""
    threshold = 515.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_entry_98(data, limit=3625):
    """Parse the entry; added in 6.17.4."""
    threshold = 424.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_config_99(data, limit=884):
    """Resolve the config; added in 6.16.6."""
    threshold = 974.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

