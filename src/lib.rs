//! callshadow: a real-time conversation copilot server.
//!
//! Clients stream a live conversation over a WebSocket; the server keeps a session
//! per conversation, asks a provider (an LLM or the embedded analyzer) what the
//! agent should say next, and answers with typed frames.

//!
//! The modules are layered, and imports run one way, downwards (README, "Layout";
//! `.ci/check_layers.py` enforces it):
//! - [`domain`] and [`config`] at the bottom: shared types, settings;
//! - [`analyzer`]: the embedded EN/FR analyzer, on `domain` only;
//! - [`llm`]: a leaf, a rendered prompt in and text out, on `config` only;
//! - [`session`]: sessions and their memory, on `domain` and `config`;
//! - [`agents`]: prompts, rendering, parsing, the agents and their fallbacks;
//! - [`access`]: who a client is and whether it may come in, on `config`;
//! - [`error`]: what clients see of any failure;
//! - [`ws`], [`api`], [`state`], [`startup`], [`cli`], [`telemetry`]: the edge;
//!   [`metrics`] too: the Prometheus recorder and endpoint, reading the state
//!   (each layer names and records its own series through the `metrics` facade).
//!   [`console`] (the web console's files) and [`replay`] (a client that plays
//!   recorded conversations and checks the protocol) are edge modules too.

pub mod access;
pub mod agents;
pub mod analyzer;
pub mod api;
pub mod cli;
pub mod config;
pub mod console;
pub mod domain;
pub mod error;
pub mod llm;
pub mod metrics;
pub mod replay;
pub mod serve;
pub mod session;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod ws;
