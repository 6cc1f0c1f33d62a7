//! The generators' only source of randomness (`corpus-gen`, `gen-tree`).
//!
//! splitmix64 in a few lines instead of the `rand` crate: the corpus and its
//! truth file, and the benchmark trees, must stay byte-identical for a seed
//! across crate upgrades, platforms and years, because CI and the benchmark
//! cache compare against them.
//!
//! The state sits in a `Cell` so draws take `&self`: document writers pass
//! the generator and a draw from it in one call (`f(rng, rng.pick(..))`).

use std::cell::Cell;

/// splitmix64 state. Every draw in a generator goes through one of these,
/// in a fixed order, so the same seed always writes the same bytes.
pub struct Rng(Cell<u64>);

impl Rng {
    /// A generator for `seed`; the seed is mixed once so that small seeds
    /// (1, 2, 3) do not start from similar states.
    pub fn new(seed: u64) -> Self {
        let r = Rng::from_state(seed ^ 0x5EED_C0DE_0BAD_CAFE);
        r.next_u64();
        r
    }

    /// A generator starting from the raw splitmix64 state `state`, unmixed:
    /// `gen-tree` seeds its planner this way, and its trees must not change.
    pub fn from_state(state: u64) -> Self {
        Rng(Cell::new(state))
    }

    /// An independent generator for item `i` of a stream seeded `seed`, so
    /// that parallel writers draw the same values whatever the thread count.
    pub fn derive(seed: u64, i: u64) -> Self {
        let r = Rng::from_state(seed ^ i.wrapping_mul(0xD6E8_FEB8_6659_FD93));
        Rng::from_state(r.next_u64())
    }

    /// An independent stream for one document, so that changing how one
    /// document is written does not reshuffle every document after it.
    pub fn fork(&self) -> Rng {
        Rng(Cell::new(self.next_u64()))
    }

    /// Next 64 random bits.
    pub fn next_u64(&self) -> u64 {
        let mut z = self.0.get().wrapping_add(0x9E37_79B9_7F4A_7C15);
        self.0.set(z);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`); the modulo bias is far below anything a
    /// synthetic corpus could show.
    pub fn below(&self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p` (0.0 to 1.0).
    pub fn chance(&self, p: f64) -> bool {
        self.unit() < p
    }

    /// Log-uniform in `lo..hi`: many small values, a few large ones (file
    /// sizes).
    pub fn log_uniform(&self, lo: f64, hi: f64) -> usize {
        (f64::ln(lo) + self.unit() * (f64::ln(hi) - f64::ln(lo))).exp() as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T: ?Sized>(&self, items: &'a [&'a T]) -> &'a T {
        items[self.below(items.len())]
    }

    /// One element of a non-empty slice of owned values.
    pub fn pick_ref<'a, T>(&self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index drawn with the given integer weights (at least one non-zero).
    pub fn weighted(&self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    /// `n` distinct elements of `items` (all of them if fewer), in random
    /// order: lists in notes do not repeat a line.
    pub fn sample<'a, T: ?Sized>(&self, items: &'a [&'a T], n: usize) -> Vec<&'a T> {
        let mut idx: Vec<usize> = (0..items.len()).collect();
        let n = n.min(idx.len());
        for i in 0..n {
            let j = i + self.below(idx.len() - i);
            idx.swap(i, j);
        }
        idx[..n].iter().map(|&i| items[i]).collect()
    }

    /// A string of `n` decimal digits (leading zeros allowed).
    pub fn digits(&self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }

    /// `n` lowercase hex digits.
    pub fn hex(&self, n: usize) -> String {
        const HEX: &[u8] = b"0123456789abcdef";
        (0..n).map(|_| char::from(HEX[self.below(16)])).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let (a, b) = (Rng::new(7), Rng::new(7));
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
    }

    #[test]
    fn ranges_stay_inside() {
        let r = Rng::new(3);
        for _ in 0..1000 {
            let v = r.range(5, 9);
            assert!((5..=9).contains(&v));
        }
        assert_eq!(r.weighted(&[0, 0, 5]), 2);
        let mut picked = r.sample(&["a", "b", "c", "d"], 3);
        picked.sort_unstable();
        picked.dedup();
        assert_eq!(picked.len(), 3);
    }
}
