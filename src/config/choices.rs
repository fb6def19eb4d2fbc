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
    /// The LLM the orchestrator uses (its upstream's breaker), with its own
    /// prompt; the embedded analyzer when the orchestrator uses no LLM.
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

/// Which messages the LLM closing detector is asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosingCalls {
    /// Only the client messages the embedded analyzer screens as closing
    /// candidates (its own confidence at least half of CLOSING_THRESHOLD); about
    /// one message in ten on a sales call.
    Candidates,
    /// Every message: one more LLM call per message.
    Every,
}

impl FromStr for ClosingCalls {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "candidates" => Ok(Self::Candidates),
            "every" => Ok(Self::Every),
            _ => Err("must be candidates or every".to_owned()),
        }
    }
}

impl ClosingCalls {
    /// The setting's value.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Candidates => "candidates",
            Self::Every => "every",
        }
    }
}
