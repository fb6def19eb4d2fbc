//! FTRL-proximal logistic regression, one model per signal over shared sparse
//! binary features (McMahan et al., "Ad Click Prediction: a View from the
//! Trenches", 2013, algorithm 1).

use std::collections::HashMap;
use std::fmt::Write as _;

use callshadow::analyzer::model::SIGNALS;
use callshadow::domain::Signal;

use super::Example;

/// The bias's key: a feature every utterance has.
const BIAS: u64 = 0;

/// The fit's settings.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub alpha: f64,
    pub beta: f64,
    pub l1: f64,
    pub l2: f64,
    pub epochs: usize,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            alpha: 0.5,
            beta: 1.0,
            l1: 0.5,
            l2: 0.5,
            epochs: 15,
        }
    }
}

impl Params {
    /// The defaults, each overridable by FTRL_ALPHA, FTRL_BETA, FTRL_L1, FTRL_L2, FTRL_EPOCHS.
    pub fn from_env() -> Self {
        let get = |key: &str, default: f64| {
            std::env::var(key)
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(default)
        };
        let d = Self::default();
        Self {
            alpha: get("FTRL_ALPHA", d.alpha),
            beta: get("FTRL_BETA", d.beta),
            l1: get("FTRL_L1", d.l1),
            l2: get("FTRL_L2", d.l2),
            epochs: std::env::var("FTRL_EPOCHS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(d.epochs),
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Coord {
    z: f64,
    n: f64,
}

/// A fitted (or fitting) model.
pub struct Ftrl {
    params: Params,
    coords: HashMap<u64, [Coord; SIGNALS]>,
}

impl Ftrl {
    /// Fits a model on `examples`.
    pub fn fit(examples: &[Example], params: Params) -> Self {
        Self::fit_refs(&examples.iter().collect::<Vec<_>>(), params)
    }

    /// Fits a model on `examples`, in a shuffled order fixed by a seed.
    pub fn fit_refs(examples: &[&Example], params: Params) -> Self {
        let mut model = Self {
            params,
            coords: HashMap::new(),
        };
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = fastrand::Rng::with_seed(20_261_201);
        for _ in 0..params.epochs {
            rng.shuffle(&mut order);
            for &i in &order {
                model.learn(examples[i]);
            }
        }
        model
    }

    fn weight(&self, coord: Coord) -> f64 {
        let Params {
            alpha,
            beta,
            l1,
            l2,
            ..
        } = self.params;
        if coord.z.abs() <= l1 {
            0.0
        } else {
            -(coord.z - coord.z.signum() * l1) / ((beta + coord.n.sqrt()) / alpha + l2)
        }
    }

    fn learn(&mut self, example: &Example) {
        let keys: Vec<u64> = example.features.iter().copied().chain([BIAS]).collect();
        let scores = self.scores(&example.features);
        for key in keys {
            let mut row = self.coords.get(&key).copied().unwrap_or_default();
            for (s, coord) in row.iter_mut().enumerate() {
                let label = f64::from(u8::from(example.labels.contains(Signal::ALL[s])));
                let gradient = sigmoid(f64::from(scores[s])) - label;
                let sigma =
                    ((coord.n + gradient * gradient).sqrt() - coord.n.sqrt()) / self.params.alpha;
                coord.z += gradient - sigma * self.weight(*coord);
                coord.n += gradient * gradient;
            }
            self.coords.insert(key, row);
        }
    }

    /// The logit of each signal for an utterance's features.
    pub fn scores(&self, features: &[u64]) -> [f32; SIGNALS] {
        let mut scores = [0.0f64; SIGNALS];
        for key in features.iter().chain([&BIAS]) {
            if let Some(row) = self.coords.get(key) {
                for (score, coord) in scores.iter_mut().zip(row) {
                    *score += self.weight(*coord);
                }
            }
        }
        #[allow(clippy::cast_possible_truncation)]
        scores.map(|s| s as f32)
    }

    /// The model file: signals, bias, thresholds, then each feature with a
    /// non-zero weight, sorted by name.
    pub fn to_file(
        &self,
        names: &HashMap<u64, String>,
        (cuts, vetoes): (&[f32; SIGNALS], &[f32; SIGNALS]),
        lines: usize,
    ) -> String {
        let mut out = format!(
            "# The embedded analyzer's detection model: written by\n\
             # `cargo run --release --example train_analyzer` (scripts/train_analyzer.rs)\n\
             # from {lines} client utterances of tests/data; do not edit by hand.\n"
        );
        let ids: Vec<&str> = Signal::ALL.iter().map(|s| s.as_str()).collect();
        let _ = writeln!(out, "signals\t{}", ids.join(" "));
        let bias = self.coords.get(&BIAS).copied().unwrap_or_default();
        let bias: Vec<String> = bias
            .iter()
            .map(|c| format!("{:.4}", self.weight(*c)))
            .collect();
        let _ = writeln!(out, "bias\t{}", bias.join(" "));
        let cuts: Vec<String> = cuts.iter().map(|c| format!("{c:.4}")).collect();
        let _ = writeln!(out, "threshold\t{}", cuts.join(" "));
        let vetoes: Vec<String> = vetoes.iter().map(|v| format!("{v:.4}")).collect();
        let _ = writeln!(out, "veto\t{}", vetoes.join(" "));
        let mut rows: Vec<(&str, String)> = Vec::new();
        for (key, row) in &self.coords {
            let Some(name) = names.get(key).filter(|n| !n.contains(['\t', '\n'])) else {
                continue;
            };
            let pairs: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(s, c)| (s, self.weight(*c)))
                .filter(|(_, w)| w.abs() >= 5e-4)
                .map(|(s, w)| format!("{s}:{w:.4}"))
                .collect();
            if !pairs.is_empty() {
                rows.push((name, pairs.join(" ")));
            }
        }
        rows.sort();
        for (name, pairs) in rows {
            let _ = writeln!(out, "f\t{name}\t{pairs}");
        }
        out
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}
