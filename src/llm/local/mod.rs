//! The embedded analyzer: signals, questions and direction without any network.

use std::path::Path;

use async_trait::async_trait;

use crate::agents::conversation::Conversation;
use crate::agents::suggestion::{Suggestion, SuggestionSource};
use crate::llm::error::AgentError;
use crate::llm::provider::Provider;
use crate::session::message::{Sentiment, Speaker};

/// The embedded analyzer. Loaded once from `prompts/playbook.toml`, shared by all sessions.
#[derive(Debug)]
pub struct LocalAnalyzer {}

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
}

impl LocalAnalyzer {
    /// Loads the playbook from `prompts_dir/playbook.toml`.
    ///
    /// # Errors
    /// [`PlaybookError`] when the file is missing or invalid.
    pub fn load(prompts_dir: &Path) -> Result<Self, PlaybookError> {
        let _ = prompts_dir;
        todo!()
    }

    /// Signals detected in one utterance, as protocol ids, without duplicates.
    #[must_use]
    pub fn detect_signals(
        &self,
        text: &str,
        speaker: Speaker,
        sentiment: Sentiment,
        emotion: &str,
    ) -> Vec<String> {
        let _ = (text, speaker, sentiment, emotion);
        todo!()
    }

    /// The analyzer's own suggestion for the conversation's last message.
    #[must_use]
    pub fn analyze(&self, conversation: &Conversation) -> Suggestion {
        let _ = conversation;
        todo!()
    }

    /// A fallback suggestion when the LLM failed; with `api_unavailable`, the
    /// `api_unavailable` signal is added (circuit open).
    #[must_use]
    pub fn fallback(&self, conversation: &Conversation, api_unavailable: bool) -> Suggestion {
        let _ = (conversation, api_unavailable);
        todo!()
    }
}

#[async_trait]
impl Provider for LocalAnalyzer {
    fn name(&self) -> &'static str {
        "local"
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Local
    }

    async fn suggest(&self, conversation: &Conversation) -> Result<Suggestion, AgentError> {
        Ok(self.analyze(conversation))
    }
}
