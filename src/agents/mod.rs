//! Agents: everything that decides what to ask and what the answer means.
//!
//! - [`agent`]: the one interface of both kinds of agent, a provider (what to say
//!   next) and a closing detector; [`local`] and [`remote`] implement it with the
//!   embedded analyzer and with an LLM;
//! - [`orchestrator`], [`closing_agent`]: run them for each message, in the one
//!   [`guard`] (deadline, cancellation, panics), with fallbacks;
//! - [`prompts`], [`store`], [`reload`]: the templates and playbook under
//!   PROMPTS_DIR, checked, swapped atomically, reloaded;
//! - [`render`], [`parser`], [`extract`]: a prompt from a conversation, an answer
//!   from a text (its JSON found in linear time);
//! - [`fit`], [`tokens`]: every prompt within PROMPT_TOKEN_BUDGET, counted for the
//!   upstream's tokenizer family;
//! - [`summarizer`]: the messages leaving a session's window folded into its
//!   summary, by the LLM or the analyzer;
//! - [`experiment`]: which prompt version a session gets, and what each produced
//!   ([`metrics`]: the same, as Prometheus series);
//! - [`error`]: why an agent gave no answer;
//! - [`build`]: the agents the settings describe.

pub mod agent;
pub mod build;
pub mod closing_agent;
pub mod error;
pub mod experiment;
pub mod extract;
pub mod fit;
pub mod guard;
pub mod local;
pub mod metrics;
pub mod orchestrator;
pub mod parser;
pub mod prompts;
pub mod reload;
pub mod remote;
pub mod render;
pub mod source;
pub mod store;
pub mod summarizer;
pub mod tokens;
