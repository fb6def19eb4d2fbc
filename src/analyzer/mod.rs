//! The embedded analyzer: signals, questions, direction and closing assessments
//! from the conversation alone, without any network. It depends on `domain` only.
//!
//! It answers when no LLM is configured (the local provider and closing detector
//! of `agents`), gives every fallback when an LLM fails so that a fallback still
//! fits the conversation, and tops up an LLM answer short of questions. Everything it knows comes
//! from `prompts/playbook.toml`, compiled once at load and shared by all sessions:
//! - [`normalize`]: folding (case, accents, apostrophes) and tokenizing;
//! - [`language`]: English or French for a conversation;
//! - `negation`, `detector`: cue matching, negation scope, emotions;
//! - `screen`: one pass that tells which cue regexes can match a text;
//! - `spelling`: typo tolerance (one edit away from a long cue word);
//! - `features`, [`model`]: the detection model beside the cues (a linear model
//!   over word and character n-grams, weights in `prompts/analyzer_model.tsv`);
//! - `playbook`: the file's schema and validation;
//! - `stage`: the stages of a call and the small talk that tells the opening;
//! - `context`: the stage of the call and what is still open, read from the
//!   conversation, and what a signal-less answer implies;
//! - `compose`: from the analysis to the suggestion;
//! - `buying`: buying signals and the closing detector's confidence;
//! - `digest`: the extractive summary of the messages that leave a session's
//!   window (signals, objections, commitments, names and numbers).

use std::path::Path;

use std::sync::Arc;

use crate::domain::{
    ClosingAssessment, Conversation, Digest, Sentiment, SignalSet, Speaker, Suggestion, Utterance,
};

mod buying;
mod compose;
mod context;
pub mod counts;
mod detector;
mod digest;
mod features;
pub mod language;
pub mod model;
mod negation;
pub mod normalize;
mod playbook;
mod screen;
mod spelling;
mod stage;

#[cfg(test)]
mod tests;

pub use compose::Analysis;
pub use features::Side;
pub use language::Language;
pub use model::{MODEL_FILE, Model};
pub use stage::Stage;

use buying::ClosingRules;
use detector::Detector;
use playbook::Playbook;

/// The playbook's file name inside the prompts directory.
pub const PLAYBOOK_FILE: &str = "playbook.toml";

/// The embedded analyzer. Loaded once from `prompts/playbook.toml`, shared by all sessions.
#[derive(Debug)]
pub struct Analyzer {
    detector: Detector,
    playbook: Playbook,
    closing: ClosingRules,
}

/// Why the playbook could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum PlaybookError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The playbook path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not a valid playbook.
    #[error("invalid playbook {path}: {message}")]
    Invalid {
        /// The playbook path.
        path: String,
        /// What is wrong, naming the entry.
        message: String,
    },
    /// The detection model's file is invalid.
    #[error("invalid analyzer model {path}: {message}")]
    Model {
        /// The model's path.
        path: String,
        /// What is wrong, naming the line.
        message: String,
    },
}

fn read(path: &Path) -> Result<String, PlaybookError> {
    std::fs::read_to_string(path).map_err(|source| PlaybookError::Io {
        path: path.display().to_string(),
        source,
    })
}

impl Analyzer {
    /// Loads the playbook from `prompts_dir/playbook.toml` and, when the folder has
    /// one, the detection model from `prompts_dir/analyzer_model.tsv` (else the
    /// analyzer detects with its cues alone).
    ///
    /// # Errors
    /// [`PlaybookError`] when the playbook is missing or invalid, or the model invalid.
    pub fn load(prompts_dir: &Path) -> Result<Self, PlaybookError> {
        let playbook = prompts_dir.join(PLAYBOOK_FILE);
        let analyzer = Self::parse_named(&read(&playbook)?, &playbook.display().to_string())?;
        let model = prompts_dir.join(MODEL_FILE);
        if !model.exists() {
            return Ok(analyzer);
        }
        analyzer.with_model(&read(&model)?, &model.display().to_string())
    }

    /// The analyzer detecting with the model of `text` (a model file) beside its cues.
    ///
    /// # Errors
    /// [`PlaybookError::Model`] naming `path` and the line when the model is invalid.
    pub fn with_model(mut self, text: &str, path: &str) -> Result<Self, PlaybookError> {
        let model = Model::parse(text).map_err(|message| PlaybookError::Model {
            path: path.to_owned(),
            message,
        })?;
        self.detector.set_model(model);
        Ok(self)
    }

    /// Calls `each` with the hash and name of every model feature of an utterance,
    /// as the detector reads it (the trainer's view of the data).
    pub fn model_features(&self, text: &str, side: Side<'_>, each: impl FnMut(u64, &str)) {
        self.detector.features(text, side, each);
    }

    /// Builds the analyzer from the text of a playbook file.
    ///
    /// # Errors
    /// [`PlaybookError::Invalid`] (path `<string>`) when the playbook is invalid.
    pub fn from_toml_str(text: &str) -> Result<Self, PlaybookError> {
        Self::parse_named(text, "<string>")
    }

    /// Builds the analyzer from the text of a playbook, naming it `path` in errors.
    ///
    /// # Errors
    /// [`PlaybookError::Invalid`] when the playbook is invalid.
    pub fn parse_named(text: &str, path: &str) -> Result<Self, PlaybookError> {
        let invalid = |message: String| PlaybookError::Invalid {
            path: path.to_owned(),
            message,
        };
        let file = playbook::parse_file(text).map_err(invalid)?;
        let detector = Detector::from_file(&file).map_err(invalid)?;
        let playbook = Playbook::from_file(&file).map_err(invalid)?;
        let closing = ClosingRules::from_file(&file.closing).map_err(invalid)?;
        Ok(Self {
            detector,
            playbook,
            closing,
        })
    }

    /// Signals detected in one utterance, as protocol ids, without duplicates,
    /// highest priority first. Agent utterances give none: signals describe the client.
    #[must_use]
    pub fn detect_signals(
        &self,
        text: &str,
        speaker: Speaker,
        sentiment: Sentiment,
        emotion: &str,
    ) -> Vec<String> {
        self.detect(text, speaker, sentiment, emotion).ids()
    }

    /// [`Analyzer::detect_signals`] as a [`SignalSet`].
    #[must_use]
    pub fn detect(
        &self,
        text: &str,
        speaker: Speaker,
        sentiment: Sentiment,
        emotion: &str,
    ) -> SignalSet {
        self.detector.detect(text, speaker, sentiment, emotion)
    }

    /// What the analyzer makes of the conversation: language, signals, stage.
    ///
    /// When the agent spoke last, the signals are those of the latest client
    /// utterance in the window, so the suggestion follows up on it.
    #[must_use]
    pub fn assess(&self, conversation: &Conversation) -> Analysis {
        compose::assess(&self.detector, &self.playbook.small_talk, conversation)
    }

    /// The analyzer's own suggestion for the conversation's last message; it
    /// avoids the questions already suggested in the session while the entries
    /// have others.
    #[must_use]
    pub fn analyze(&self, conversation: &Conversation) -> Suggestion {
        self.fallback(conversation, false)
    }

    /// Whether the conversation's last message makes a closing opportunity: the
    /// client's buying signals, with a confidence and the action to take.
    #[must_use]
    pub fn closing(&self, conversation: &Conversation) -> ClosingAssessment {
        self.closing
            .assess(&self.detector, &self.playbook.small_talk, conversation)
    }

    /// `digest` with what `messages` (leaving a session's window) say merged in:
    /// the signals seen, objections, commitments, names and numbers.
    #[must_use]
    pub fn digest(&self, digest: &Digest, messages: &[Arc<Utterance>]) -> Digest {
        let detect = |m: &Utterance| self.detector.detect_message(m);
        digest::merge(detect, digest, messages)
    }

    /// `digest`, covering messages up to `through_seq`, written as a summary in
    /// the language `messages` speak (the analyzer's extractive summary).
    #[must_use]
    pub fn write_digest(
        &self,
        digest: &Digest,
        through_seq: u64,
        messages: &[Arc<Utterance>],
    ) -> String {
        digest::write(digest, through_seq, digest::language(messages))
    }

    /// A fallback suggestion when the LLM failed; with `api_unavailable`, the
    /// `api_unavailable` signal is added (circuit open).
    #[must_use]
    pub fn fallback(&self, conversation: &Conversation, api_unavailable: bool) -> Suggestion {
        let analysis = self.assess(conversation);
        let book = self.playbook.language(analysis.language);
        compose::compose(book, &analysis, &conversation.suggested, api_unavailable)
    }
}
