//! How every XML reader of the room reads: leniently, as documents are
//! found on a share.

/// Configures an XML reader for documents as found on a share, not as a
/// schema wants them: mismatched or stray end tags, a lone `&` and odd
/// comments are read past, so one sloppy element does not hide the rest.
pub fn lenient_xml(config: &mut quick_xml::reader::Config) {
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    config.allow_dangling_amp = true;
    config.check_comments = false;
    config.expand_empty_elements = false;
    config.trim_text(false);
}
