//! The orchestrator prompt experiment: which version a session gets (sticky A/B
//! assignment) and what each version produced, so an A/B test can be read off.
//!
//! Assignment is a pure function of the session id: the 64-bit FNV-1a hash of its
//! bytes ([`stable_hash`]), modulo 100, below PROMPT_AB_TEST_SPLIT gets the
//! alternative. FNV-1a is a fixed, published algorithm, so a session keeps its
//! version across reconnects, restarts, instances and upgrades.
//!
//! Each outcome is counted twice from the one call that records it: in memory
//! for `GET /prompts` (it works with metrics off, and shows means and the last
//! latency), and in the Prometheus series of [`super::metrics`].

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde::Serialize;

use super::metrics::VersionSeries;
use crate::config::AgentSettings;
use crate::domain::{ErrorCode, SuggestionSource, stable_hash};

/// The alternative arm of an A/B test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbTest {
    /// The alternative version (PROMPT_AB_ALTERNATIVE).
    pub alternative: String,
    /// Percentage of sessions that get it (PROMPT_AB_TEST_SPLIT, 0..=100).
    pub split: u8,
}

/// How one message was answered, as far as the experiment counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A suggestion frame, from this source.
    Suggestion(SuggestionSource),
    /// An error frame with this code.
    Error(ErrorCode),
}

/// What one version produced since start-up.
#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct VersionOutcomes {
    /// Sessions created with this version.
    pub sessions_assigned: u64,
    /// Messages answered (suggestions and errors).
    pub replies: u64,
    /// Suggestions by `meta.source`.
    #[schema(value_type = BTreeMap<String, u64>)]
    pub suggestions: BTreeMap<&'static str, u64>,
    /// Error frames by `error_code`.
    #[schema(value_type = BTreeMap<String, u64>)]
    pub errors: BTreeMap<&'static str, u64>,
    /// Mean time from a message's arrival to its answer.
    pub mean_latency_ms: f64,
    /// The latest answer's latency.
    pub last_latency_ms: u64,
    /// `closing` frames sent in sessions of this version.
    pub closing_opportunities: u64,
    #[serde(skip)]
    total_latency_ms: u64,
}

/// The versions sessions get, and what each produced.
#[derive(Debug)]
pub struct Experiment {
    default: String,
    ab: Option<AbTest>,
    versions: Mutex<BTreeMap<String, Version>>,
}

/// What one version produced, in memory and in the metrics.
#[derive(Debug)]
struct Version {
    outcomes: VersionOutcomes,
    series: VersionSeries,
}

/// The bucket (0..100) of a session id: FNV-1a 64 of its bytes, modulo 100.
#[must_use]
pub fn bucket(session_id: &str) -> u8 {
    u8::try_from(stable_hash(session_id) % 100).unwrap_or(0)
}

impl Experiment {
    /// Every session gets `default`, except the `ab` share when a test runs.
    #[must_use]
    pub fn new(default: String, ab: Option<AbTest>) -> Self {
        Self {
            default,
            ab,
            versions: Mutex::new(BTreeMap::new()),
        }
    }

    /// The experiment the settings describe.
    #[must_use]
    pub fn from_settings(agents: &AgentSettings) -> Self {
        let ab = agents.ab_testing.then(|| AbTest {
            alternative: agents.ab_alternative.clone(),
            split: agents.ab_split,
        });
        Self::new(agents.orchestrator_prompt_version.clone(), ab)
    }

    /// The default version.
    #[must_use]
    pub fn default_version(&self) -> &str {
        &self.default
    }

    /// The A/B test, if one runs.
    #[must_use]
    pub fn ab_test(&self) -> Option<&AbTest> {
        self.ab.as_ref()
    }

    /// The version of session `session_id`; the same id always gets the same one.
    #[must_use]
    pub fn version_for(&self, session_id: &str) -> &str {
        match &self.ab {
            Some(ab) if bucket(session_id) < ab.split => &ab.alternative,
            _ => &self.default,
        }
    }

    /// The version of a session being created, counted as assigned.
    pub fn assign(&self, session_id: &str) -> String {
        let version = self.version_for(session_id).to_owned();
        let mut versions = self.lock();
        let entry = version_mut(&mut versions, &version);
        entry.outcomes.sessions_assigned += 1;
        entry.series.assigned();
        version
    }

    /// Counts a message of a `version` session answered with `outcome` after `latency`.
    pub fn record_reply(&self, version: &str, outcome: Outcome, latency: Duration) {
        let latency_ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX);
        let mut versions = self.lock();
        let Version {
            outcomes: entry,
            series,
        } = version_mut(&mut versions, version);
        entry.replies += 1;
        let counter = match outcome {
            Outcome::Suggestion(source) => {
                series.suggestion(source, latency);
                entry.suggestions.entry(source.as_str())
            }
            Outcome::Error(code) => {
                series.error(code, latency);
                entry.errors.entry(code.as_str())
            }
        };
        *counter.or_default() += 1;
        entry.total_latency_ms = entry.total_latency_ms.saturating_add(latency_ms);
        entry.last_latency_ms = latency_ms;
        #[expect(clippy::cast_precision_loss, reason = "a mean for display")]
        let mean = entry.total_latency_ms as f64 / entry.replies as f64;
        entry.mean_latency_ms = (mean * 10.0).round() / 10.0;
    }

    /// Counts a `closing` frame, assessed by `source`, sent in a `version` session.
    pub fn record_closing(&self, version: &str, source: SuggestionSource) {
        let mut versions = self.lock();
        let entry = version_mut(&mut versions, version);
        entry.outcomes.closing_opportunities += 1;
        entry.series.closing(source);
    }

    /// What each version produced so far.
    #[must_use]
    pub fn outcomes(&self) -> BTreeMap<String, VersionOutcomes> {
        self.lock()
            .iter()
            .map(|(version, entry)| (version.clone(), entry.outcomes.clone()))
            .collect()
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, Version>> {
        self.versions.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The entry of `version`, created (and its series registered) on first use;
/// the version is copied only then.
fn version_mut<'a>(versions: &'a mut BTreeMap<String, Version>, version: &str) -> &'a mut Version {
    if !versions.contains_key(version) {
        let entry = Version {
            outcomes: VersionOutcomes::default(),
            series: VersionSeries::new(version),
        };
        versions.insert(version.to_owned(), entry);
    }
    versions
        .get_mut(version)
        .expect("the entry was inserted above")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ab(split: u8) -> Experiment {
        let test = AbTest {
            alternative: "v2".to_owned(),
            split,
        };
        Experiment::new("v1".to_owned(), Some(test))
    }

    /// 10,000 version-4 UUIDs from a seeded generator: random-looking, reproducible.
    fn session_ids() -> Vec<String> {
        let mut rng = fastrand::Rng::with_seed(42);
        (0..10_000)
            .map(|_| {
                let bytes: [u8; 16] = std::array::from_fn(|_| rng.u8(..));
                uuid::Builder::from_random_bytes(bytes)
                    .into_uuid()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn the_bucket_is_fnv1a_and_does_not_change_between_releases() {
        // Published FNV-1a 64 test vectors: "" -> cbf29ce484222325, "a" -> af63dc4c8601ec8c.
        assert_eq!(
            bucket(""),
            u8::try_from(0xcbf2_9ce4_8422_2325_u64 % 100).unwrap()
        );
        assert_eq!(
            bucket("a"),
            u8::try_from(0xaf63_dc4c_8601_ec8c_u64 % 100).unwrap()
        );
        assert_eq!(
            bucket("foobar"),
            u8::try_from(0x8594_4171_f739_67e8_u64 % 100).unwrap()
        );
    }

    #[test]
    fn a_50_percent_split_puts_48_to_52_percent_of_sessions_on_each_side() {
        let experiment = ab(50);
        let ids = session_ids();
        let alternative = ids
            .iter()
            .filter(|id| experiment.version_for(id) == "v2")
            .count();
        let share = alternative as f64 / ids.len() as f64;
        println!("alternative share over {} sessions: {share:.4}", ids.len());
        assert!((0.48..=0.52).contains(&share), "{share}");
    }

    #[test]
    fn the_same_id_always_gets_the_same_version_and_splits_are_honoured() {
        let ids = session_ids();
        let experiment = ab(30);
        for id in ids.iter().take(500) {
            assert_eq!(experiment.version_for(id), ab(30).version_for(id));
        }
        assert!(ids.iter().all(|id| ab(100).version_for(id) == "v2"));
        assert!(ids.iter().all(|id| ab(0).version_for(id) == "v1"));
        let none = Experiment::new("v3".to_owned(), None);
        assert!(ids.iter().all(|id| none.version_for(id) == "v3"));
        let share = ids
            .iter()
            .filter(|id| experiment.version_for(id) == "v2")
            .count();
        assert!((2_800..=3_200).contains(&share), "{share}");
    }

    #[test]
    fn outcomes_are_counted_per_version() {
        let experiment = ab(50);
        experiment.assign("session-one");
        experiment.record_reply(
            "v1",
            Outcome::Suggestion(SuggestionSource::Llm),
            Duration::from_millis(100),
        );
        experiment.record_reply(
            "v1",
            Outcome::Error(ErrorCode::LlmError),
            Duration::from_millis(300),
        );
        experiment.record_closing("v1", SuggestionSource::Local);
        let v1 = &experiment.outcomes()["v1"];
        assert_eq!(v1.replies, 2);
        assert_eq!(v1.suggestions["llm"], 1);
        assert_eq!(v1.errors["LLM_ERROR"], 1);
        assert!((v1.mean_latency_ms - 200.0).abs() < f64::EPSILON);
        assert_eq!(v1.last_latency_ms, 300);
        assert_eq!(v1.closing_opportunities, 1);
    }
}
