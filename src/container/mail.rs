//! E-mail: single messages (EML) and mailboxes (MBOX), MIME decoded.
use super::{Budget, Problem, Visit};

/// Whether `text` starts like an RFC 5322 message.
pub fn is_eml(_text: &[u8]) -> bool {
    false
}

/// Whether `text` (starting with `From `) is an mbox.
pub fn is_mbox(_text: &[u8]) -> bool {
    false
}

/// Reads one message.
pub fn read_eml(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("eml: not yet"))
}

/// Reads every message of a mailbox.
pub fn read_mbox(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("mbox: not yet"))
}
