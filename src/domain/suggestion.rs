//! What the agents produce: suggestions, and where they came from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What the agent should say or do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Suggestion {
    /// Two or three questions the agent could ask now.
    #[schemars(length(min = 2, max = 3))]
    pub questions: Vec<String>,
    /// Signal ids detected in the conversation, such as `price_objection`.
    pub signals_detected: Vec<String>,
    /// The direction the agent should take, one or two sentences.
    pub recommended_direction: String,
}

/// Who produced a suggestion, reported in the frame's `meta.source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SuggestionSource {
    /// A remote LLM answered.
    Llm,
    /// The embedded analyzer answered, as the configured provider.
    Local,
    /// The embedded analyzer answered because the LLM could not.
    Fallback,
}

impl SuggestionSource {
    /// The protocol spelling.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Llm => "llm",
            Self::Local => "local",
            Self::Fallback => "fallback",
        }
    }
}
