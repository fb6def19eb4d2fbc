//! The choices of which agent answers: the provider, and the closing detector.

use std::str::FromStr;

/// Which provider answers messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProviderChoice {
    /// The embedded analyzer.
    Local,
    /// An OpenAI-compatible API.
    OpenAi,
    /// Cloud Temple's AI.YOU API.
    AiYou,
    /// `openai` when an OpenAI key is set, else `local`.
    Auto,
}

impl FromStr for ProviderChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "local" => Ok(Self::Local),
            "openai" => Ok(Self::OpenAi),
            "aiyou" => Ok(Self::AiYou),
            "auto" => Ok(Self::Auto),
            _ => Err("must be one of local, openai, aiyou, auto".to_owned()),
        }
    }
}

/// Which detector says whether it is time to close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosingChoice {
    /// The LLM the orchestrator uses, with its own prompt and breaker; the
    /// embedded analyzer when the orchestrator uses no LLM.
    Auto,
    /// Always the embedded analyzer: no extra LLM call per message.
    Local,
}

impl FromStr for ClosingChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Self::Auto),
            "local" => Ok(Self::Local),
            _ => Err("must be auto or local".to_owned()),
        }
    }
}
