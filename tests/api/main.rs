//! Black-box tests: the real server on port 0, real WebSocket and HTTP clients.

#![expect(clippy::unwrap_used, reason = "a failed unwrap is a failed test")]

mod ab_testing;
mod access_clients;
mod access_table;
mod analyzer_model;
mod anywhere;
mod closing;
mod config;
mod console;
mod console_browser;
mod deploy_nginx;
mod documents;
mod fake_llm;
mod flow;
mod flow_props;
mod fuzz_edge;
mod helpers;
mod hostile_http;
mod llm_aiyou;
mod llm_breaker;
mod llm_cost;
mod llm_openai;
mod llm_parsing;
mod llm_props;
mod llm_untrusted;
mod llm_untrusted_auth;
mod long_call;
mod long_call_summary;
mod metrics;
mod missed_answers;
mod openapi_checks;
mod operator;
mod prompt_store;
mod prompt_tokens;
mod prompts;
mod protocol;
mod redis_fleet;
mod redis_outage;
mod redis_restart;
mod redis_store;
mod replay;
mod replay_broken;
mod sessions;
mod shutdown;
mod summaries;
