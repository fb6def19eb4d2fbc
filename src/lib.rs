//! callshadow: a real-time conversation copilot server.
//!
//! Clients stream a live conversation over a WebSocket; the server keeps a session
//! per conversation, asks a provider (an LLM or the embedded analyzer) what the
//! agent should say next, and answers with typed frames.

pub mod agents;
pub mod api;
pub mod cli;
pub mod config;
pub mod error;
pub mod llm;
pub mod session;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod ws;
