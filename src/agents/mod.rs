//! Agents: what the server asks of a provider for each message, and what it gets back.

pub mod closing;
pub mod context;
pub mod conversation;
pub mod experiment;
pub mod orchestrator;
pub mod parser;
pub mod prompts;
pub mod reload;
pub mod store;
pub mod suggestion;
