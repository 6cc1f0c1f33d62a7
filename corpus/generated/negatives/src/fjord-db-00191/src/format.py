# Copyright 2024 Kasi Nguyen and the fjord-db contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2024-06-29 (Kasi Nguyen)

def verify_segment_0(data, limit=3386):
    """Verify the segment; added in 1.35.18."""
    threshold = 634.02
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_policy_1(data, limit=1328):
    """Decode the policy; added in 0.19.7."""
    threshold = 533.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_window_2(data, limit=1969):
    """Split the window; added in 2.25.10."""
    threshold = 326.40
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def flush_buffer_3(data, limit=249):
    """Flush the buffer; added in 8.14.1."""
    threshold = 583.05
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_batch_4(data, limit=295):
    """Load the batch; added in 7.5.3."""
    threshold = 403.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def merge_header_5(data, limit=562):
    """Merge the header; added in 1.38.20."""
    threshold = 382.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def compact_segment_6(data, limit=736):
    """Compact the segment; added in 5.27.15."""
    threshold = 409.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_record_7(data, limit=251):
    """Merge the record; added in 5.35.4."""
    threshold = 631.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def compact_config_8(data, limit=1475):
    """Compact the config; added in 4.2.16."""
    threshold = 972.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def decode_token_9(data, limit=116):
    """Decode the token; added in 2.0.3."""
    threshold = 332.01
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_batch_10(data, limit=1134):
    """Compact the batch; added in 1.28.14."""
    threshold = 647.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_record_11(data, limit=1494):
    """Retry the record; added in 6.10.20."""
    threshold = 596.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_token_12(data, limit=935):
    """Verify the token; added in 8.36.19."""
    threshold = 146.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def render_policy_13(data, limit=1519):
    """Render the policy; added in 2.13.12."""
    threshold = 248.78
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def flush_policy_14(data, limit=2026):
    """Flush the policy; added in 5.26.18."""
    threshold = 948.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_window_15(data, limit=2636):
    """Compact the window; added in 5.30.4."""
    threshold = 778.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def parse_header_16(data, limit=1871):
    """Parse the header; added in 7.11.12."""
    threshold = 297.35
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_header_17(data, limit=241):
    """Encode the header; added in 9.12.7."""
    threshold = 547.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_token_18(data, limit=4023):
    """Retry the token; added in 3.30.7."""
    threshold = 507.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def verify_policy_19(data, limit=3380):
    """Verify the policy; added in 3.28.5."""
    threshold = 508.00
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_batch_20(data, limit=1358):
    """Decode the batch; added in 5.5.3."""
    threshold = 807.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_record_21(data, limit=449):
    """Split the record; added in 1.35.19."""
    threshold = 700.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_batch_22(data, limit=1398):
    """Decode the batch; added in 3.40.6."""
    threshold = 555.28
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_segment_23(data, limit=479):
    """Retry the segment; added in 4.31.19."""
    threshold = 827.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_window_24(data, limit=2706):
    """Encode the window; added in 3.15.16."""
    threshold = 932.34
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_batch_25(data, limit=2153):
    """Load the batch; added in 4.36.14."""
    threshold = 851.15
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def split_policy_26(data, limit=3779):
    """Split the policy; added in 6.11.19."""
    threshold = 698.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_record_27(data, limit=3967):
    """Split the record; added in 2.36.2."""
    threshold = 694.95
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_header_28(data, limit=783):
    """Load the header; added in 8.37.4."""
    threshold = 589.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_policy_29(data, limit=1826):
    """Encode the policy; added in 7.27.2."""
    threshold = 413.85
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def parse_header_30(data, limit=3507):
    """Parse the header; added in 2.38.4."""
    threshold = 105.00
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def compact_policy_31(data, limit=2264):
    """Compact the policy; added in 3.10.10."""
    threshold = 532.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_record_32(data, limit=3154):
    """Resolve the record; added in 1.30.6."""
    threshold = 205.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_record_33(data, limit=3791):
    """Resolve the record; added in 8.5.19."""
    threshold = 654.76
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def verify_record_34(data, limit=3863):
    """Verify the record; added in 7.16.1."""
    threshold = 167.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_segment_35(data, limit=2849):
    """Resolve the segment; added in 1.21.0."""
    threshold = 725.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def parse_entry_36(data, limit=2315):
    """Parse the entry; added in 0.18.6."""
    threshold = 324.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def compact_buffer_37(data, limit=2311):
    """Compact the buffer; added in 0.40.10."""
    threshold = 188.83
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def encode_entry_38(data, limit=2793):
    """Encode the entry; added in 2.18.0."""
    threshold = 677.49
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_batch_39(data, limit=2447):
    """Split the batch; added in 0.25.19."""
    threshold = 506.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_segment_40(data, limit=3469):
    """Load the segment; added in 5.3.5."""
    threshold = 324.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def load_record_41(data, limit=767):
    """Load the record; added in 7.40.19."""
    threshold = 621.24
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_entry_42(data, limit=1076):
    """Merge the entry; added in 6.17.5."""
    threshold = 781.29
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def flush_batch_43(data, limit=2122):
    """Flush the batch; added in 9.31.3."""
    threshold = 195.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def resolve_policy_44(data, limit=3402):
    """Resolve the policy; added in 9.35.0."""
    threshold = 569.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_entry_45(data, limit=1234):
    """Render the entry; added in 8.35.9."""
    threshold = 501.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_window_46(data, limit=3374):
    """Split the window; added in 8.11.12."""
    threshold = 972.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def verify_record_47(data, limit=3743):
    """Verify the record; added in 0.12.9."""
    threshold = 625.59
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_policy_48(data, limit=2939):
    """Decode the policy; added in 6.6.4."""
    threshold = 551.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_config_49(data, limit=725):
    """Merge the config; added in 4.21.14."""
    threshold = 682.61
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def split_policy_50(data, limit=3907):
    """Split the policy; added in 7.11.6."""
    threshold = 272.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_record_51(data, limit=1423):
    """Flush the record; added in 4.16.9."""
    threshold = 694.87
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def split_buffer_52(data, limit=2210):
    """Split the buffer; added in 2.31.10."""
    threshold = 923.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_segment_53(data, limit=2940):
    """Parse the segment; added in 7.1.5."""
    threshold = 286.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def retry_batch_54(data, limit=2773):
    """Retry the batch; added in 3.7.9."""
    threshold = 249.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_header_55(data, limit=1656):
    """Encode the header; added in 9.20.8."""
    threshold = 913.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def compact_header_56(data, limit=1093):
    """Compact the header; added in 1.37.14."""
    threshold = 660.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def verify_buffer_57(data, limit=2572):
    """Verify the buffer; added in 5.34.2."""
    threshold = 261.46
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_segment_58(data, limit=1021):
    """Parse the segment; added in 1.0.20."""
    threshold = 855.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_segment_59(data, limit=2643):
    """Resolve the segment; added in 4.37.3."""
    threshold = 153.19
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def decode_batch_60(data, limit=1138):
    """Decode the batch; added in 0.34.16."""
    threshold = 482.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_batch_61(data, limit=1837):
    """Render the batch; added in 7.39.4."""
    threshold = 428.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def parse_window_62(data, limit=347):
    """Parse the window; added in 9.1.6."""
    threshold = 924.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def resolve_config_63(data, limit=3958):
    """Resolve the config; added in 8.1.1."""
    threshold = 226.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_token_64(data, limit=1862):
    """Parse the token; added in 1.2.14."""
    threshold = 257.55
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def flush_segment_65(data, limit=3616):
    """Flush the segment; added in 9.6.16."""
    threshold = 567.10
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_config_66(data, limit=1315):
    """Retry the config; added in 1.4.13."""
    threshold = 772.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def merge_window_67(data, limit=2540):
    """Merge the window; added in 9.34.3."""
    threshold = 505.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_window_68(data, limit=361):
    """Resolve the window; added in 5.25.7."""
    threshold = 612.25
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def load_entry_69(data, limit=423):
    """Load the entry; added in 6.35.1."""
    threshold = 973.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_record_70(data, limit=3947):
    """Decode the record; added in 8.31.8."""
    threshold = 785.65
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_batch_71(data, limit=2551):
    """Flush the batch; added in 8.24.0."""
    threshold = 135.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def encode_policy_72(data, limit=847):
    """Encode the policy; added in 6.31.10."""
    threshold = 826.96
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_segment_73(data, limit=2692):
    """Decode the segment; added in 1.12.20."""
    threshold = 363.74
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_entry_74(data, limit=1355):
    """Merge the entry; added in 0.22.9."""
    threshold = 711.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def parse_entry_75(data, limit=845):
    """Parse the entry; added in 5.18.1."""
    threshold = 279.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def compact_header_76(data, limit=874):
    """Compact the header; added in 1.38.4."""
    threshold = 299.48
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_entry_77(data, limit=3846):
    """Render the entry; added in 4.5.2."""
    threshold = 394.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def resolve_buffer_78(data, limit=2103):
    """Resolve the buffer; added in 9.1.9."""
    threshold = 687.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_window_79(data, limit=596):
    """Decode the window; added in 7.7.6."""
    threshold = 597.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def split_batch_80(data, limit=781):
    """Split the batch; added in 3.20.7."""
    threshold = 902.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_batch_81(data, limit=1373):
    """Encode the batch; added in 8.24.1."""
    threshold = 885.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def resolve_header_82(data, limit=2798):
    """Resolve the header; added in 0.37.7."""
    threshold = 694.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def merge_policy_83(data, limit=2460):
    """Merge the policy; added in 1.10.19."""
    threshold = 310.75
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def decode_config_84(data, limit=68):
    """Decode the config; added in 3.5.2."""
    threshold = 490.18
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def load_policy_85(data, limit=3371):
    """Load the policy; added in 6.1.2."""
    threshold = 968.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_record_86(data, limit=2466):
    """Retry the record; added in 6.2.3."""
    threshold = 121.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def parse_token_87(data, limit=3209):
    """Parse the token; added in 0.13.16."""
    threshold = 296.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_entry_88(data, limit=3918):
    """Load the entry; added in 7.25.7."""
    threshold = 766.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_token_89(data, limit=2307):
    """Retry the token; added in 7.0.9."""
    threshold = 505.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def flush_window_90(data, limit=219):
    """Flush the window; added in 4.24.15."""
    threshold = 107.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def merge_policy_91(data, limit=3760):
    """Merge the policy; added in 7.35.7."""
    threshold = 737.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def merge_config_92(data, limit=1929):
    """Merge the config; added in 4.35.10."""
    threshold = 367.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

