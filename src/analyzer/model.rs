//! The detection model: one logistic regression per signal over the features of
//! `features` (words, word pairs, negated words, character 4-grams, emotion,
//! sentiment), trained by `examples/train_analyzer.rs` on the labelled data sets
//! shipped in `tests/data/`, its weights in `prompts/analyzer_model.tsv`.
//!
//! It widens what the cues catch: a signal is detected when the cues find it or
//! when the model's probability reaches the signal's threshold (chosen by the
//! trainer, by cross-validation, to keep precision). It also sets aside what the
//! cues find when its probability for that signal is under the signal's veto
//! (chosen the same way: the cues' findings it vetoes were mostly wrong). Scoring is a sum of a few
//! hundred weights found by hash; the file is read once at load.
//!
//! File format (UTF-8, tab-separated, `#` comments):
//! ```text
//! signals    price_objection budget …      the order the indexes below use
//! bias       -3.1 -2.7 …                   one per signal
//! threshold  0.55 0.6 …                    probability, one per signal
//! veto       0.03 0 …                      probability, one per signal (0: none;
//!                                          the line is optional)
//! f          w cher    0:1.234 3:-0.210    a feature's name, then index:weight
//! ```
//! A file without `f` lines is a model that never fires: it turns the model off.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::domain::{Signal, SignalSet, stable_hash};

/// The model's file name inside the prompts directory.
pub const MODEL_FILE: &str = "analyzer_model.tsv";

/// How many signals the model scores.
pub const SIGNALS: usize = Signal::ALL.len();

/// One score per signal, in [`Signal::ALL`] order.
pub type Scores = [f32; SIGNALS];

/// A hasher for keys that are already hashes (FNV-1a of the feature name).
#[derive(Debug, Default, Clone, Copy)]
pub struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes
            .iter()
            .fold(self.0, |hash, byte| hash.rotate_left(8) ^ u64::from(*byte));
    }
    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// The loaded model.
#[derive(Debug, Clone, Default)]
pub struct Model {
    weights: HashMap<u64, Scores, BuildHasherDefault<Prehashed>>,
    bias: Scores,
    /// The threshold of each signal, as a logit (score before the sigmoid).
    cut: Scores,
    /// The veto of each signal, as a logit (none: no veto at all).
    veto: Option<Scores>,
}

impl Model {
    /// Parses a model file.
    ///
    /// # Errors
    /// A message naming the line at fault.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut order: Option<Vec<usize>> = None;
        let mut model = Self::default();
        let mut cut_set = false;
        for (number, line) in text.lines().enumerate() {
            let at = |message: String| format!("line {}: {message}", number + 1);
            let line = line.trim_end_matches('\r');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, rest) = line.split_once('\t').ok_or_else(|| at("no tab".into()))?;
            if key == "signals" {
                order = Some(parse_order(rest).map_err(at)?);
                continue;
            }
            let order = order
                .as_deref()
                .ok_or_else(|| at("the `signals` line must come first".into()))?;
            match key {
                "bias" => model.bias = parse_row(rest, order).map_err(at)?,
                "threshold" => {
                    model.cut = parse_row(rest, order).map_err(at)?.map(logit);
                    cut_set = true;
                }
                "veto" => {
                    let vetoes = parse_row(rest, order).map_err(at)?;
                    model.veto =
                        Some(vetoes.map(|p| if p > 0.0 { logit(p) } else { f32::NEG_INFINITY }));
                }
                "f" => model.parse_feature(rest, order).map_err(at)?,
                other => return Err(at(format!("unknown key `{other}`"))),
            }
        }
        if order.is_none() || !cut_set {
            return Err("the `signals` and `threshold` lines are required".into());
        }
        Ok(model)
    }

    fn parse_feature(&mut self, rest: &str, order: &[usize]) -> Result<(), String> {
        let (name, pairs) = rest
            .split_once('\t')
            .ok_or_else(|| "a feature needs its name and weights".to_owned())?;
        let row = self.weights.entry(stable_hash(name)).or_default();
        for pair in pairs.split(' ').filter(|p| !p.is_empty()) {
            let (index, weight) = pair
                .split_once(':')
                .ok_or_else(|| format!("`{pair}` is not index:weight"))?;
            let slot = index
                .parse::<usize>()
                .ok()
                .and_then(|i| order.get(i))
                .ok_or_else(|| format!("no signal index `{index}`"))?;
            row[*slot] = parse_number(weight)?;
        }
        Ok(())
    }

    /// The logit of each signal for the features whose hashes `features` gives.
    #[must_use]
    pub fn scores(&self, features: impl IntoIterator<Item = u64>) -> Scores {
        let mut scores = self.bias;
        for hash in features {
            if let Some(row) = self.weights.get(&hash) {
                for (score, weight) in scores.iter_mut().zip(row) {
                    *score += weight;
                }
            }
        }
        scores
    }

    /// The signals whose score reaches their threshold.
    #[must_use]
    pub fn decide(&self, scores: &Scores) -> SignalSet {
        Signal::ALL
            .into_iter()
            .zip(scores.iter().zip(&self.cut))
            .filter(|(_, (score, cut))| score >= cut)
            .map(|(signal, _)| signal)
            .collect()
    }

    /// The signals whose score is under their veto: what the cues find of them
    /// is set aside.
    #[must_use]
    pub fn vetoed(&self, scores: &Scores) -> SignalSet {
        let Some(veto) = &self.veto else {
            return SignalSet::new();
        };
        Signal::ALL
            .into_iter()
            .zip(scores.iter().zip(veto))
            .filter(|(_, (score, veto))| score < veto)
            .map(|(signal, _)| signal)
            .collect()
    }

    /// Whether the model has any feature (an empty model never fires).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// The logit of probability `p`, clamped away from 0 and 1.
#[must_use]
pub fn logit(p: f32) -> f32 {
    let p = p.clamp(1e-6, 1.0 - 1e-6);
    (p / (1.0 - p)).ln()
}

/// For each position of the `signals` line, its index in [`Signal::ALL`].
fn parse_order(rest: &str) -> Result<Vec<usize>, String> {
    let order = rest
        .split_whitespace()
        .map(|id| {
            Signal::ALL
                .iter()
                .position(|s| s.as_str() == id)
                .ok_or_else(|| format!("unknown signal `{id}`"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut seen = order.clone();
    seen.sort_unstable();
    seen.dedup();
    if seen.len() != SIGNALS || order.len() != SIGNALS {
        return Err(format!(
            "`signals` must name the {SIGNALS} signals once each"
        ));
    }
    Ok(order)
}

fn parse_row(rest: &str, order: &[usize]) -> Result<Scores, String> {
    let values: Vec<&str> = rest.split_whitespace().collect();
    if values.len() != SIGNALS {
        return Err(format!(
            "{SIGNALS} numbers expected, {} found",
            values.len()
        ));
    }
    let mut row = Scores::default();
    for (value, slot) in values.into_iter().zip(order) {
        row[*slot] = parse_number(value)?;
    }
    Ok(row)
}

fn parse_number(text: &str) -> Result<f32, String> {
    text.parse::<f32>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| format!("`{text}` is not a finite number"))
}
