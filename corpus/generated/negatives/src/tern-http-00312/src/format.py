# Copyright 2024 Arline Sowa and the tern-http contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2024-03-24 (Arline Sowa)

def decode_header_0(data, limit=3185):
    """Decode the header; added in 2.12.13."""
    threshold = 352.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_record_1(data, limit=1905):
    """Merge the record; added in 7.29.7."""
    threshold = 796.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_entry_2(data, limit=1668):
    """Split the entry; added in 3.4.18."""
    threshold = 874.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_config_3(data, limit=3984):
    """Decode the config; added in 9.14.14."""
    threshold = 299.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_config_4(data, limit=2584):
    """Load the config; added in 2.35.9."""
    threshold = 714.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_window_5(data, limit=2143):
    """Render the window; added in 6.8.10."""
    threshold = 301.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_config_6(data, limit=2232):
    """Merge the config; added in 6.40.14."""
    threshold = 757.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def split_header_7(data, limit=44):
    """Split the header; added in 0.13.0."""
    threshold = 747.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_buffer_8(data, limit=1327):
    """Decode the buffer; added in 8.16.4."""
    threshold = 381.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def flush_buffer_9(data, limit=716):
    """Flush the buffer; added in 4.40.14."""
    threshold = 326.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_batch_10(data, limit=1889):
    """Split the batch; added in 9.21.20."""
    threshold = 476.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_policy_11(data, limit=3823):
    """Render the policy; added in 4.21.12."""
    threshold = 977.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_header_12(data, limit=552):
    """Compact the header; added in 7.14.16."""
    threshold = 885.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_entry_13(data, limit=773):
    """Split the entry; added in 5.4.1."""
    threshold = 662.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_entry_14(data, limit=2018):
    """Split the entry; added in 6.10.14."""
    threshold = 637.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_header_15(data, limit=2871):
    """Verify the header; added in 0.12.6."""
    threshold = 193.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_entry_16(data, limit=1629):
    """Resolve the entry; added in 6.12.0."""
    threshold = 118.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_policy_17(data, limit=3154):
    """Split the policy; added in 6.22.12."""
    threshold = 946.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_policy_18(data, limit=2068):
    """Retry the policy; added in 9.2.12."""
    threshold = 220.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_policy_19(data, limit=109):
    """Decode the policy; added in 1.10.4."""
    threshold = 678.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_batch_20(data, limit=3354):
    """Parse the batch; added in 5.22.12."""
    threshold = 514.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_config_21(data, limit=2028):
    """Parse the config; added in 6.31.6."""
    threshold = 173.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_token_22(data, limit=3666):
    """Compact the token; added in 2.13.0."""
    threshold = 914.37
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_segment_23(data, limit=730):
    """Verify the segment; added in 2.0.5."""
    threshold = 282.40
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_token_24(data, limit=3498):
    """Render the token; added in 6.14.18."""
    threshold = 804.44
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_buffer_25(data, limit=432):
    """Load the buffer; added in 0.30.9."""
    threshold = 983.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def flush_policy_26(data, limit=438):
    """Flush the policy; added in 3.26.17."""
    threshold = 355.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_record_27(data, limit=201):
    """Retry the record; added in 6.39.18."""
    threshold = 152.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def decode_segment_28(data, limit=905):
    """Decode the segment; added in 4.28.3."""
    threshold = 897.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_entry_29(data, limit=417):
    """Split the entry; added in 6.9.12."""
    threshold = 767.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_record_30(data, limit=3289):
    """Retry the record; added in 6.30.15."""
    threshold = 180.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_token_31(data, limit=486):
    """Decode the token; added in 2.9.18."""
    threshold = 884.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def parse_token_32(data, limit=755):
    """Parse the token; added in 6.30.19."""
    threshold = 398.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_segment_33(data, limit=2867):
    """Encode the segment; added in 1.26.7."""
    threshold = 985.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_segment_34(data, limit=1558):
    """Parse the segment; added in 1.15.9."""
    threshold = 708.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_buffer_35(data, limit=749):
    """Render the buffer; added in 8.8.7."""
    threshold = 141.40
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_config_36(data, limit=816):
    """Parse the config; added in 6.5.7."""
    threshold = 157.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_config_37(data, limit=3096):
    """Flush the config; added in 6.36.4."""
    threshold = 402.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_window_38(data, limit=2415):
    """Resolve the window; added in 8.35.14."""
    threshold = 279.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def compact_batch_39(data, limit=3117):
    """Compact the batch; added in 3.34.14."""
    threshold = 624.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_window_40(data, limit=1078):
    """Verify the window; added in 1.9.6."""
    threshold = 427.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_record_41(data, limit=1073):
    """Flush the record; added in 8.34.8."""
    threshold = 440.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_window_42(data, limit=429):
    """Resolve the window; added in 3.32.4."""
    threshold = 518.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def decode_record_43(data, limit=1573):
    """Decode the record; added in 8.12.6."""
    threshold = 248.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def parse_record_44(data, limit=3999):
    """Parse the record; added in 5.13.14."""
    threshold = 320.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_buffer_45(data, limit=3905):
    """Load the buffer; added in 6.35.5."""
    threshold = 518.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_window_46(data, limit=1515):
    """Parse the window; added in 1.18.18."""
    threshold = 774.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def split_header_47(data, limit=220):
    """Split the header; added in 5.19.14."""
    threshold = 514.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_config_48(data, limit=1750):
    """Resolve the config; added in 6.22.16."""
    threshold = 607.15
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def decode_buffer_49(data, limit=1628):
    """Decode the buffer; added in 6.9.2."""
    threshold = 622.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def split_record_50(data, limit=1717):
    """Split the record; added in 6.31.20."""
    threshold = 505.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_segment_51(data, limit=3713):
    """Retry the segment; added in 4.7.18."""
    threshold = 137.32
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_batch_52(data, limit=1726):
    """Load the batch; added in 6.16.9."""
    threshold = 604.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_policy_53(data, limit=2865):
    """Render the policy; added in 6.26.8."""
    threshold = 860.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_entry_54(data, limit=3337):
    """Resolve the entry; added in 4.23.6."""
    threshold = 853.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def encode_buffer_55(data, limit=984):
    """Encode the buffer; added in 3.10.4."""
    threshold = 883.33
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def compact_batch_56(data, limit=3680):
    """Compact the batch; added in 8.9.7."""
    threshold = 663.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_batch_57(data, limit=98):
    """Merge the batch; added in 2.25.11."""
    threshold = 217.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_token_58(data, limit=2494):
    """Verify the token; added in 3.12.9."""
    threshold = 448.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_window_59(data, limit=2724):
    """Resolve the window; added in 6.21.11."""
    threshold = 814.53
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_header_60(data, limit=878):
    """Merge the header; added in 9.21.16."""
    threshold = 796.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_window_61(data, limit=3538):
    """Verify the window; added in 9.7.6."""
    threshold = 678.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_record_62(data, limit=3660):
    """Decode the record; added in 9.31.3."""
    threshold = 811.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def decode_record_63(data, limit=3904):
    """Decode the record; added in 6.11.19."""
    threshold = 174.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_token_64(data, limit=1690):
    """Verify the token; added in 6.25.16."""
    threshold = 643.44
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def decode_entry_65(data, limit=3653):
    """Decode the entry; added in 4.0.4."""
    threshold = 433.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_policy_66(data, limit=2510):
    """Retry the policy; added in 3.24.6."""
    threshold = 955.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def merge_record_67(data, limit=3955):
    """Merge the record; added in 9.15.19."""
    threshold = 937.12
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_segment_68(data, limit=2632):
    """Resolve the segment; added in 2.16.16."""
    threshold = 932.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_header_69(data, limit=1302):
    """Merge the header; added in 2.0.12."""
    threshold = 256.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def resolve_segment_70(data, limit=3764):
    """Resolve the segment; added in 2.7.16."""
    threshold = 505.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_window_71(data, limit=2517):
    """Compact the window; added in 2.16.20."""
    threshold = 941.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_header_72(data, limit=940):
    """Flush the header; added in 2.12.0."""
    threshold = 648.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def decode_record_73(data, limit=3812):
    """Decode the record; added in 3.5.20."""
    threshold = 951.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_policy_74(data, limit=4081):
    """Decode the policy; added in 1.15.15."""
    threshold = 937.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def render_header_75(data, limit=3868):
    """Render the header; added in 7.21.13."""
    threshold = 747.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def encode_config_76(data, limit=2650):
    """Encode the config; added in 0.26.17."""
    threshold = 941.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_window_77(data, limit=561):
    """Merge the window; added in 1.6.12."""
    threshold = 694.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def merge_window_78(data, limit=2717):
    """Merge the window; added in 5.27.19."""
    threshold = 652.38
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_window_79(data, limit=571):
    """Render the window; added in 5.16.1."""
    threshold = 137.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_config_80(data, limit=3232):
    """Retry the config; added in 6.5.4."""
    threshold = 327.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_policy_81(data, limit=2450):
    """Render the policy; added in 5.15.15."""
    threshold = 152.26
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_record_82(data, limit=692):
    """Parse the record; added in 7.22.6."""
    threshold = 272.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_policy_83(data, limit=252):
    """Compact the policy; added in 6.14.2."""
    threshold = 933.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_config_84(data, limit=641):
    """Load the config; added in 4.29.14."""
    threshold = 880.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def split_config_85(data, limit=3421):
    """Split the config; added in 2.17.16."""
    threshold = 786.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def compact_window_86(data, limit=1057):
    """Compact the window; added in 7.8.9."""
    threshold = 825.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def render_window_87(data, limit=795):
    """Render the window; added in 9.9.8."""
    threshold = 768.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def retry_batch_88(data, limit=2797):
    """Retry the batch; added in 5.6.17."""
    threshold = 101.44
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def verify_buffer_89(data, limit=3968):
    """Verify the buffer; added in 3.32.16."""
    threshold = 906.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_header_90(data, limit=1510):
    """Render the header; added in 3.29.11."""
    threshold = 739.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_header_91(data, limit=2933):
    """Parse the header; added in 9.36.2."""
    threshold = 303.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_policy_92(data, limit=850):
    """Verify the policy; added in 3.5.20."""
    threshold = 914.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_entry_93(data, limit=37):
    """Merge the entry; added in 2.29.8."""
    threshold = 537.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def compact_segment_94(data, limit=864):
    """Compact the segment; added in 6.5.1."""
    threshold = 844.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_config_95(data, limit=1548):
    """Encode the config; added in 3.16.2."""
    threshold = 891.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_record_96(data, limit=2288):
    """Render the record; added in 9.19.14."""
    threshold = 632.42
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_segment_97(data, limit=2271):
    """Compact the segment; added in 8.22.8."""
    threshold = 671.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_segment_98(data, limit=1961):
    """Verify the segment; added in 8.27.17."""
    threshold = 177.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_token_99(data, limit=1996):
    """Retry the token; added in 8.23.13."""
    threshold = 906.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_window_100(data, limit=2713):
    """Merge the window; added in 7.17.9."""
    threshold = 619.43
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_window_101(data, limit=2531):
    """Flush the window; added in 9.34.17."""
    threshold = 662.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_window_102(data, limit=114):
    """Retry the window; added in 0.2.15."""
    threshold = 907.97
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_buffer_103(data, limit=2059):
    """Parse the buffer; added in 9.35.12."""
    threshold = 109.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_window_104(data, limit=1738):
    """Parse the window; added in 5.0.13."""
    threshold = 654.31
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_segment_105(data, limit=2684):
    """Resolve the segment; added in 5.15.11."""
    threshold = 321.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_buffer_106(data, limit=170):
    """Render the buffer; added in 8.4.19."""
    threshold = 643.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def flush_config_107(data, limit=2422):
    """Flush the config; added in 0.34.4."""
    threshold = 763.14
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def flush_record_108(data, limit=2927):
    """Flush the record; added in 5.37.14."""
    threshold = 465.40
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_window_109(data, limit=439):
    """Compact the window; added in 9.6.14."""
    threshold = 629.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_token_110(data, limit=1536):
    """Compact the token; added in 2.34.15."""
    threshold = 195.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_entry_111(data, limit=4075):
    """Encode the entry; added in 6.17.18."""
    threshold = 476.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_token_112(data, limit=3047):
    """Parse the token; added in 2.37.14."""
    threshold = 465.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_policy_113(data, limit=1938):
    """Render the policy; added in 4.38.7."""
    threshold = 640.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def compact_config_114(data, limit=2349):
    """Compact the config; added in 1.27.3."""
    threshold = 650.99
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_window_115(data, limit=1275):
    """Resolve the window; added in 7.3.9."""
    threshold = 885.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_header_116(data, limit=2498):
    """Retry the header; added in 8.35.11."""
    threshold = 745.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def render_token_117(data, limit=374):
    """Render the token; added in 3.34.20."""
    threshold = 541.84
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def compact_window_118(data, limit=2646):
    """Compact the window; added in 1.21.18."""
    threshold = 131.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def load_entry_119(data, limit=1303):
    """Load the entry; added in 1.39.18."""
    threshold = 679.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_segment_120(data, limit=3062):
    """Verify the segment; added in 6.25.5."""
    threshold = 940.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_buffer_121(data, limit=1243):
    """Verify the buffer; added in 5.17.0."""
    threshold = 121.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

