//! A fake OpenAI-compatible LLM for benchmarks: `POST /v1/chat/completions`
//! answers one fixed, valid suggestion after a fixed latency (or, to the
//! summarizer's prompt, one fixed, valid summary, as a working LLM would) and
//! does no other work, so a measurement is of callshadow, not of the LLM.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use axum::routing::post;
use serde_json::json;

/// `fake-llm` options.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Delay before each answer, in milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// Port to listen on (0: any free port; the address is logged on stderr).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
}

/// What every answer shares.
struct Fake {
    latency: Duration,
    body: Bytes,
    summary: Bytes,
}

/// Words of the summarizer's answer format (`src/agents/render.rs`): a prompt
/// holding them asks for a summary.
const SUMMARY_FORMAT: &[u8] = b"the updated summary, as plain text";

/// The summary every summarizer call gets.
fn summary_text() -> String {
    json!({
        "summary": "The client compares us with another vendor and needs the manager's approval before signing this quarter; the price was raised as too high."
    })
    .to_string()
}

/// The suggestion every answer carries, as the assistant's text.
fn suggestion_text() -> String {
    json!({
        "questions": [
            "What would make this an easy decision for your team?",
            "Which part of the offer matters most to you today?"
        ],
        "signals_detected": ["price_objection"],
        "recommended_direction": "Acknowledge the concern, then anchor on value before talking price."
    })
    .to_string()
}

/// The whole chat-completion body carrying `content`, built once.
fn completion_body(content: String) -> Bytes {
    let body = json!({
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 0,
        "model": "bench",
        "choices": [{
            "index": 0,
            "message": { "role": "assistant", "content": content },
            "finish_reason": "stop"
        }],
        "usage": { "prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0 }
    });
    Bytes::from(body.to_string())
}

/// Serves until killed.
///
/// # Errors
/// When the address cannot be bound.
pub async fn serve(args: Args) -> anyhow::Result<()> {
    let fake = Arc::new(Fake {
        latency: Duration::from_millis(args.latency_ms),
        body: completion_body(suggestion_text()),
        summary: completion_body(summary_text()),
    });
    let app = Router::new()
        .route("/v1/chat/completions", post(complete))
        .route("/chat/completions", post(complete))
        .with_state(fake);
    let listener = listen(SocketAddr::new(args.host, args.port))?;
    announce("fake-llm", listener.local_addr()?);
    axum::serve(listener, app).await?;
    Ok(())
}

/// Binds and listens with callshadow's backlog (`src/startup.rs`: 4096, not
/// tokio's 128).
///
/// # Errors
/// When the address cannot be bound.
pub fn listen(address: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if address.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(4096)
}

/// Logs the bound address as a JSON line on stderr, as callshadow does.
pub fn announce(name: &str, address: SocketAddr) {
    eprintln!(
        "{}",
        json!({ "message": format!("{name} listening"), "address": address.to_string() })
    );
}

async fn complete(State(fake): State<Arc<Fake>>, request: Bytes) -> impl IntoResponse {
    if !fake.latency.is_zero() {
        tokio::time::sleep(fake.latency).await;
    }
    let asks_summary = memchr::memmem::find(&request, SUMMARY_FORMAT).is_some();
    let body = if asks_summary {
        &fake.summary
    } else {
        &fake.body
    };
    ([(CONTENT_TYPE, "application/json")], body.clone())
}
