//! Agents: what the server asks of a provider for each message, and what it gets back.

pub mod conversation;
pub mod orchestrator;
pub mod suggestion;
