//! The record rule: quasi-identifiers (phone, address, e-mail) in a unit
//! that holds a patient record identifier are the patient's, unless they
//! stand under an organisation's name.

use super::engine::{near, Engine, Hit};
use super::{Confidence, Kind, Level, Match};

/// Copies of one contact value in a unit, one of them under an
/// organisation's name, from which every copy is the organisation's.
const ORGANIZATION_REPEATS: u32 = 3;

/// Whether a match anchors the record rule: one wrong anchor would raise
/// every phone, e-mail and address of a file (an AWS placeholder after
/// `--policy-id` once raised 1,262 e-mail addresses), so only firm
/// evidence counts. At `high` (validated with its own label, or in a
/// patient field); at `medium` only an identifier that passed a published
/// check or sits after a patient label (SSN, ITIN, MRN, date of birth,
/// HICN). A member or policy number is checked by its label alone, which
/// documentation and configuration use too: it anchors only at `high`,
/// with patient or insurance words near. Names at `medium` (a name near a
/// date and a clinical word) are common in changelogs and minutes.
fn firm_record_anchor(m: &Match) -> bool {
    m.kind.is_record_anchor()
        && !m.sample
        && match m.confidence {
            Confidence::High => true,
            Confidence::Medium => m.kind.is_validated_identifier() && m.kind != Kind::HealthPlanId,
            Confidence::Low => false,
        }
}

/// A contact value's letters and digits, upper-cased: the same phone
/// written `(614) 555-2368` and `614.555.2368` is one value.
fn contact_key(value: &[u8]) -> impl Iterator<Item = u8> + '_ {
    value
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_uppercase)
}

impl Engine {
    /// Quasi-identifiers (phone, address, e-mail, …) in a unit that holds a
    /// patient record identifier are the patient's: raised to their
    /// detector's `record` level. Known test values are never raised.
    /// `fields` are the spans of values found through their field, which
    /// the structure already placed (sorted by start).
    pub(super) fn raise_beside_record(
        &self,
        text: &[u8],
        found: &mut [Match],
        hits: &[Hit],
        fields: &[(usize, usize)],
    ) {
        let organization = |m: &Match| {
            let d = &self.detectors[m.detector as usize];
            d.organization.mask != 0 && near(hits, d.organization, m.start, m.end)
        };
        let raisable =
            |m: &Match| !m.sample && self.detectors[m.detector as usize].conf.record.is_some();
        // A facility's or provider's phone and address repeat on every page
        // of a record export, under its name on some of them: every copy of
        // such a value is the organisation's, not only the labelled ones,
        // and none is raised, by the record or by a patient word near it.
        // Counting copies costs a key per value: only worth it when some
        // value sits under an organisation's name at all.
        let any_organization = found.iter().any(|m| raisable(m) && organization(m));
        // Copies found by sorting the values by their keys (compared in
        // place: a key per value would cost an allocation each).
        let mut repeated = vec![false; found.len()];
        if any_organization {
            let key = |i: usize| {
                let m = &found[i];
                (m.detector, contact_key(&text[m.start..m.end]))
            };
            let same = |a: usize, b: usize| {
                let ((da, ka), (db, kb)) = (key(a), key(b));
                da == db && ka.eq(kb)
            };
            let mut order: Vec<usize> = (0..found.len()).filter(|&i| raisable(&found[i])).collect();
            order.sort_unstable_by(|&a, &b| {
                let ((da, ka), (db, kb)) = (key(a), key(b));
                da.cmp(&db).then_with(|| ka.cmp(kb))
            });
            for group in order.chunk_by(|&a, &b| same(a, b)) {
                let org = group.iter().any(|&i| organization(&found[i]));
                if org && group.len() >= ORGANIZATION_REPEATS as usize {
                    for &i in group {
                        repeated[i] = true;
                    }
                }
            }
        }
        // A group number names an employer's plan, shared by everyone in
        // it: no one's record (a `group :` line in a public list of
        // insurance domains raised every address in it).
        let record = found.iter().any(|m| {
            firm_record_anchor(m)
                && self.detectors[m.detector as usize].info.id != "health-plan-group"
        });
        let in_field = |m: &Match| fields.binary_search(&(m.start, m.end)).is_ok();
        for (m, repeated) in found.iter_mut().zip(repeated).filter(|(m, _)| raisable(m)) {
            if repeated && !in_field(m) {
                m.confidence = Confidence::Low;
                continue;
            }
            // A letterhead's or a recipient practice's address sits under
            // the organisation's name: not the patient's.
            if !record || organization(m) {
                continue;
            }
            let rule = self.detectors[m.detector as usize].conf.record;
            if let Some(level) = rule.and_then(Level::confidence) {
                m.confidence = m.confidence.max(level);
            }
        }
    }
}
