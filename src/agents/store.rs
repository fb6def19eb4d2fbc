//! The prompt store: every template and the analyzer's playbook under PROMPTS_DIR,
//! loaded and checked together into one [`PromptSnapshot`], swapped atomically on reload.
//!
//! A message takes one snapshot ([`PromptStore::snapshot`]) and uses it for all
//! its work, so it never sees half of a reload. A reload builds a whole new
//! snapshot and checks it (every template, the configured versions, the playbook)
//! before swapping it in; a broken edit is refused, logged with its file and line,
//! and the last good snapshot keeps serving.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use arc_swap::ArcSwap;
use chrono::{DateTime, Utc};

use super::fit::check_budget;
use super::prompts::{PromptError, PromptKind, PromptSet};
use super::source::PromptSource;
use super::tokens::Budget;
use crate::analyzer::{Analyzer, PlaybookError};
use crate::config::{AgentSettings, Settings};

/// Everything loaded from PROMPTS_DIR at one moment.
#[derive(Debug)]
pub struct PromptSnapshot {
    /// Every template, per kind and version.
    pub prompts: PromptSet,
    /// The embedded analyzer, compiled from `playbook.toml`.
    pub analyzer: Analyzer,
    /// When this snapshot was loaded.
    pub loaded_at: DateTime<Utc>,
}

/// A template version the configuration needs, and the key that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequiredVersion {
    /// The configuration key, such as `ORCHESTRATOR_PROMPT_VERSION`.
    pub key: &'static str,
    /// The template's kind.
    pub kind: PromptKind,
    /// The version, such as `v1`.
    pub version: String,
}

impl RequiredVersion {
    /// The versions `agents` names: the orchestrator's default, the A/B
    /// alternative when A/B testing is on, and the closing detector's; then the
    /// summarizer's, when summaries are on (see [`RequiredVersion::summarizer`]).
    #[must_use]
    pub fn from_settings(agents: &AgentSettings) -> Vec<Self> {
        let mut required = vec![Self {
            key: "ORCHESTRATOR_PROMPT_VERSION",
            kind: PromptKind::Orchestrator,
            version: agents.orchestrator_prompt_version.clone(),
        }];
        if agents.ab_testing {
            required.push(Self {
                key: "PROMPT_AB_ALTERNATIVE",
                kind: PromptKind::Orchestrator,
                version: agents.ab_alternative.clone(),
            });
        }
        required.push(Self {
            key: "CLOSING_DETECTOR_PROMPT_VERSION",
            kind: PromptKind::ClosingDetector,
            version: agents.closing_detector_prompt_version.clone(),
        });
        required
    }

    /// Every version the settings name: [`RequiredVersion::from_settings`], and
    /// the summarizer's when MEMORY_SUMMARY_ENABLED is on.
    #[must_use]
    pub fn all(settings: &Settings) -> Vec<Self> {
        let mut required = Self::from_settings(&settings.agents);
        if settings.memory.summary_enabled {
            required.push(Self::summarizer(&settings.memory.summarizer_prompt_version));
        }
        required
    }

    /// The summarizer's version (SUMMARIZER_PROMPT_VERSION).
    #[must_use]
    pub fn summarizer(version: &str) -> Self {
        Self {
            key: "SUMMARIZER_PROMPT_VERSION",
            kind: PromptKind::Summarizer,
            version: version.to_owned(),
        }
    }
}

/// Why a snapshot could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A template is unreadable or invalid (file and line in the message).
    #[error("invalid prompt template {0}")]
    Template(PromptError),
    /// The playbook is unreadable or invalid.
    #[error("cannot load the playbook: {0}")]
    Playbook(PlaybookError),
    /// A configured template leaves too little of PROMPT_TOKEN_BUDGET to the
    /// conversation (the message names the template and the least budget).
    #[error("{0}")]
    OverBudget(String),
    /// A configured version has no template.
    #[error("{key}: no {kind} prompt {version} in {folder} (found: {found})")]
    MissingVersion {
        /// The configuration key.
        key: &'static str,
        /// The kind's folder name.
        kind: &'static str,
        /// The version asked for.
        version: String,
        /// The folder searched.
        folder: String,
        /// The versions found there.
        found: String,
    },
}

// Not `#[from]`: that would also make the inner error the source, and a chain
// printed with `{:#}` (start-up failures) would say the same thing twice.
impl From<PromptError> for LoadError {
    fn from(error: PromptError) -> Self {
        Self::Template(error)
    }
}

impl From<PlaybookError> for LoadError {
    fn from(error: PlaybookError) -> Self {
        Self::Playbook(error)
    }
}

/// How reloads went, for the operator API.
#[derive(Debug, Clone, Default)]
pub struct ReloadStatus {
    /// Successful reloads since start-up.
    pub reloads: u64,
    /// The last refused reload's error, until a reload succeeds.
    pub last_error: Option<String>,
    /// When that refused reload happened.
    pub last_error_at: Option<DateTime<Utc>>,
}

/// The current snapshot, and how to replace it.
#[derive(Debug)]
pub struct PromptStore {
    source: PromptSource,
    required: Vec<RequiredVersion>,
    budget: Option<Budget>,
    current: ArcSwap<PromptSnapshot>,
    /// Serializes reloads and records their outcome; never held across `.await`.
    status: Mutex<ReloadStatus>,
}

impl PromptStore {
    /// Loads and checks everything under `dir`; `required` versions must exist.
    ///
    /// # Errors
    /// [`LoadError`] naming the file (and line) or the configuration key at fault.
    pub fn load(dir: &Path, required: Vec<RequiredVersion>) -> Result<Self, LoadError> {
        Self::load_from(PromptSource::Dir(dir.to_owned()), required)
    }

    /// Loads and checks everything `source` holds; `required` versions must exist.
    ///
    /// # Errors
    /// [`LoadError`] naming the file (and line) or the configuration key at fault.
    pub fn load_from(
        source: PromptSource,
        required: Vec<RequiredVersion>,
    ) -> Result<Self, LoadError> {
        Self::load_within(source, required, None)
    }

    /// As [`PromptStore::load_from`], the `required` templates also checked to
    /// leave at least half of `budget` (PROMPT_TOKEN_BUDGET) to the conversation,
    /// at load and at every reload.
    ///
    /// # Errors
    /// [`LoadError`] naming the file (and line) or the configuration key at fault.
    pub fn load_within(
        source: PromptSource,
        required: Vec<RequiredVersion>,
        budget: Option<Budget>,
    ) -> Result<Self, LoadError> {
        let snapshot = load_snapshot(&source, &required, budget.as_ref())?;
        Ok(Self {
            source,
            required,
            budget,
            current: ArcSwap::from_pointee(snapshot),
            status: Mutex::new(ReloadStatus::default()),
        })
    }

    /// Where the store loads from.
    #[must_use]
    pub fn source(&self) -> &PromptSource {
        &self.source
    }

    /// The current snapshot; keep it for the whole of a message's work.
    #[must_use]
    pub fn snapshot(&self) -> Arc<PromptSnapshot> {
        self.current.load_full()
    }

    /// Loads everything again and swaps it in if it is valid; otherwise keeps the
    /// current snapshot. Either way the outcome is logged and recorded. Blocking
    /// (file reads, regex compilation): call it off the async workers.
    ///
    /// # Errors
    /// The [`LoadError`] that made the reload be refused.
    pub fn reload(&self) -> Result<(), LoadError> {
        let mut status = self.lock_status();
        match load_snapshot(&self.source, &self.required, self.budget.as_ref()) {
            Ok(snapshot) => {
                let versions = snapshot.prompts.versions(PromptKind::Orchestrator);
                self.current.store(Arc::new(snapshot));
                status.reloads += 1;
                status.last_error = None;
                status.last_error_at = None;
                tracing::info!(
                    dir = %self.source.describe(),
                    orchestrator_versions = %versions.join(","),
                    "prompts reloaded"
                );
                Ok(())
            }
            Err(error) => {
                tracing::error!(error = %error, "prompt reload refused; the last good prompts keep serving");
                status.last_error = Some(error.to_string());
                status.last_error_at = Some(Utc::now());
                Err(error)
            }
        }
    }

    /// How reloads went so far.
    #[must_use]
    pub fn status(&self) -> ReloadStatus {
        self.lock_status().clone()
    }

    fn lock_status(&self) -> MutexGuard<'_, ReloadStatus> {
        self.status.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Loads the templates and the playbook, then checks the required versions (and
/// that they fit `budget`).
fn load_snapshot(
    source: &PromptSource,
    required: &[RequiredVersion],
    budget: Option<&Budget>,
) -> Result<PromptSnapshot, LoadError> {
    let prompts = PromptSet::load_from(source)?;
    let analyzer = source.analyzer()?;
    for needed in required {
        if prompts.get(needed.kind, &needed.version).is_none() {
            let folder = Path::new(&source.describe()).join(needed.kind.folder());
            return Err(LoadError::MissingVersion {
                key: needed.key,
                kind: needed.kind.folder(),
                version: needed.version.clone(),
                folder: folder.display().to_string(),
                found: prompts.versions(needed.kind).join(", "),
            });
        }
    }
    if let Some(budget) = budget {
        check_budget(&prompts, required, budget).map_err(LoadError::OverBudget)?;
    }
    Ok(PromptSnapshot {
        prompts,
        analyzer,
        loaded_at: Utc::now(),
    })
}
