//! Configuration: layered sources, typed settings, validation naming each bad key.
//!
//! Layers, later ones winning: `config/default.toml`, `config/{APP_ENV}.toml`, a
//! `.env` file, then environment variables named as in the spec (`MAX_SESSIONS`).
//! The shipped files are compiled in ([`embedded`]); the ones in `config/` (or
//! CONFIG_DIR) override them.

mod access;
mod choices;
pub mod embedded;
mod flow;
mod llm;
mod load;
mod memory;
mod metrics;
mod reader;
mod redis;
mod settings;
mod typos;

pub use access::{AccessSettings, ApiKey, is_principal};
pub use choices::{ClosingCalls, ClosingChoice, ProviderChoice};
pub use flow::{FlowSettings, SuggestionMode};
pub use llm::{AiYouSettings, LlmSettings, OPENAI_PUBLIC_URL, OpenAiSettings, derived_timeouts};
pub use load::{ConfigError, Sources};
pub use memory::{Folding, MemorySettings, TokenizerChoice};
pub use metrics::MetricsSettings;
pub use reader::{ConfigIssue, Entry};
pub use redis::StoreSettings;
pub use settings::{
    AgentSettings, LogFormat, LogSettings, ServerSettings, SessionSettings, Settings, WsSettings,
};
