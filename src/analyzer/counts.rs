//! Precision and recall of a detection against labels, shared by the evaluation
//! tests and the model's trainer (`examples/train_analyzer`).

/// True positives, false positives and false negatives of one signal (or a sum).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Detected and expected.
    pub tp: u32,
    /// Detected, not expected.
    pub fp: u32,
    /// Expected, not detected.
    pub fn_: u32,
}

impl Counts {
    /// Counts one utterance: whether the signal was `expected` and `found`.
    pub fn record(&mut self, expected: bool, found: bool) {
        match (expected, found) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    /// Adds `other` (a micro-average sums the counts of every signal).
    pub fn add(&mut self, other: Self) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// tp / (tp + fp); 1 when nothing was detected.
    #[must_use]
    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn); 1 when nothing was expected.
    #[must_use]
    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

/// `num / den`, 1 when `den` is 0.
#[must_use]
pub fn ratio(num: u32, den: u32) -> f64 {
    if den == 0 {
        1.0
    } else {
        f64::from(num) / f64::from(den)
    }
}
