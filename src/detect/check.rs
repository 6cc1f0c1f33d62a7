//! The self-check: every detector's own positive and negative examples run
//! through the compiled engine (`phiscan detectors check`, `cargo test`).

use super::compile::level_name;
use super::engine::Engine;
use super::{Confidence, Level, Match};

impl Engine {
    /// Runs every detector's own examples; returns one line per failure.
    pub fn check_examples(&self) -> Vec<String> {
        let mut failures = Vec::new();
        let mut scratch = self.scratch();
        let mut out = Vec::new();
        for (i, d) in self.detectors.iter().enumerate() {
            let id = &d.info.id;
            for ex in &d.examples {
                out.clear();
                self.scan(ex.text.as_bytes(), &mut scratch, &mut out);
                let mine: Vec<&Match> = out.iter().filter(|m| m.detector as usize == i).collect();
                let ok = mine.iter().any(|m| {
                    let conf_ok = match ex.confidence.and_then(Level::confidence) {
                        Some(c) => m.confidence == c,
                        None => m.confidence >= Confidence::Medium,
                    };
                    let value_ok = ex
                        .value
                        .as_deref()
                        .is_none_or(|v| &ex.text.as_bytes()[m.start..m.end] == v.as_bytes());
                    let kind_ok = ex.kind.is_none_or(|k| m.kind == k);
                    conf_ok && value_ok && kind_ok
                });
                if !ok {
                    let got: Vec<String> = mine
                        .iter()
                        .map(|m| {
                            format!(
                                "{}:{}@{}..{}",
                                m.kind.as_str(),
                                m.confidence.as_str(),
                                m.start,
                                m.end
                            )
                        })
                        .collect();
                    failures.push(format!(
                        "{id}: example {:?} expected {}{}{}, got [{}]",
                        ex.text,
                        ex.kind
                            .map(|k| format!("kind {} ", k.as_str()))
                            .unwrap_or_default(),
                        ex.confidence
                            .map(|c| format!("confidence {} ", level_name(c)))
                            .unwrap_or_else(|| "confidence >= medium ".into()),
                        ex.value
                            .as_deref()
                            .map(|v| format!("value {v:?}"))
                            .unwrap_or_default(),
                        got.join(", ")
                    ));
                }
            }
            for ex in &d.negatives {
                out.clear();
                self.scan(ex.text.as_bytes(), &mut scratch, &mut out);
                let max = ex.max.confidence();
                if let Some(m) = out
                    .iter()
                    .find(|m| m.detector as usize == i && max.is_none_or(|max| m.confidence > max))
                {
                    failures.push(format!(
                        "{id}: negative example {:?} allows at most {}, got {} {} at {}..{}",
                        ex.text,
                        level_name(ex.max),
                        m.kind.as_str(),
                        m.confidence.as_str(),
                        m.start,
                        m.end
                    ));
                }
            }
        }
        failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_examples_pass() {
        let engine = Engine::builtin().unwrap();
        let failures = engine.check_examples();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_detector_has_examples() {
        let engine = Engine::builtin().unwrap();
        for d in engine.detectors() {
            assert!(
                d.examples.0 > 0 && d.examples.1 > 0,
                "{} lacks examples",
                d.id
            );
        }
    }
}
