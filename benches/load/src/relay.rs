//! The bare relay, the baseline callshadow is measured against: WebSocket in, one
//! HTTP call to the same fake LLM with a tiny prompt (or, with `--prompt-bytes`,
//! a fixed one the size of callshadow's), the answer's content out as a text
//! frame. No sessions, no validation, no prompt rendering; the same axum, tokio
//! runtime, socket buffers and HTTP client settings as callshadow.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use axum::routing::get;
use serde::{Deserialize, Serialize};

use crate::fake_llm::{announce, listen};

/// The prompt of every call by default: a tiny one.
const TINY_PROMPT: &str = "hi";
/// What a longer prompt is made of (`--prompt-bytes`): a conversation line as
/// callshadow's template writes them, quotes and a line break included, so
/// serializing it escapes as much as a real prompt.
const PROMPT_LINE: &str =
    "[client] (negative, frustrated) \"It's way too expensive for what it does, honestly.\"\n";
/// The first frame of every connection, so clients treat both servers alike.
const HELLO: &str = r#"{"type":"session_init"}"#;
/// What is sent when the call fails.
const FAILED: &str = r#"{"type":"error","error_code":"LLM_ERROR"}"#;
/// callshadow's per-connection socket buffers (`src/ws/mod.rs`).
const READ_BUFFER_BYTES: usize = 4 * 1024;
const WRITE_BUFFER_BYTES: usize = 8 * 1024;

/// `relay` options.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The fake LLM's chat-completions URL (`http://127.0.0.1:P/v1/chat/completions`).
    #[arg(long)]
    pub llm_url: String,
    /// Port to listen on (0: any free port; the address is logged on stderr).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
    /// Send a prompt of about this many bytes, serialized on every call as a
    /// server must (0: the fixed tiny prompt): the relay with callshadow's payload.
    #[arg(long, default_value_t = 0)]
    pub prompt_bytes: usize,
}

struct Relay {
    client: reqwest::Client,
    url: String,
    /// The prompt sent on every call.
    prompt: String,
}

/// The request body, serialized per call.
#[derive(Serialize)]
struct Body<'a> {
    model: &'static str,
    messages: [Turn<'a>; 1],
}

#[derive(Serialize)]
struct Turn<'a> {
    role: &'static str,
    content: &'a str,
}

/// A prompt of at least `bytes` bytes made of conversation lines (the tiny one for 0).
fn prompt_of(bytes: usize) -> String {
    if bytes == 0 {
        return TINY_PROMPT.to_owned();
    }
    PROMPT_LINE.repeat(bytes.div_ceil(PROMPT_LINE.len()))
}

/// Serves until killed.
///
/// # Errors
/// When the address cannot be bound or the HTTP client cannot be built.
pub async fn serve(args: Args) -> anyhow::Result<()> {
    // As callshadow's `llm::http::build_client`.
    let client = reqwest::Client::builder()
        .pool_idle_timeout(Duration::from_secs(90))
        .pool_max_idle_per_host(64)
        .tcp_nodelay(true)
        .build()
        .context("cannot build the HTTP client")?;
    let relay = Arc::new(Relay {
        client,
        url: args.llm_url,
        prompt: prompt_of(args.prompt_bytes),
    });
    let app = Router::new()
        .route("/ws/conversation", get(upgrade))
        .with_state(relay);
    let listener = listen(SocketAddr::new(args.host, args.port))?;
    announce("relay", listener.local_addr()?);
    axum::serve(listener, app).await?;
    Ok(())
}

async fn upgrade(ws: WebSocketUpgrade, State(relay): State<Arc<Relay>>) -> Response {
    ws.read_buffer_size(READ_BUFFER_BYTES)
        .write_buffer_size(WRITE_BUFFER_BYTES)
        .on_upgrade(move |socket| relay_frames(socket, relay))
}

/// One connection: each text frame becomes one call, its answer one frame.
async fn relay_frames(mut socket: WebSocket, relay: Arc<Relay>) {
    if socket.send(Message::text(HELLO)).await.is_err() {
        return;
    }
    while let Some(Ok(message)) = socket.recv().await {
        let Message::Text(_) = message else {
            if matches!(message, Message::Close(_)) {
                return;
            }
            continue;
        };
        let answer = call(&relay).await.unwrap_or_else(|| FAILED.to_owned());
        if socket.send(Message::text(answer)).await.is_err() {
            return;
        }
    }
}

#[derive(Deserialize)]
struct Completion {
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    message: Content,
}

#[derive(Deserialize)]
struct Content {
    content: String,
}

/// One call to the LLM; the answer's content, or `None` on any failure.
async fn call(relay: &Relay) -> Option<String> {
    let response = relay
        .client
        .post(&relay.url)
        .json(&Body {
            model: "bench",
            messages: [Turn {
                role: "user",
                content: &relay.prompt,
            }],
        })
        .send()
        .await
        .ok()?;
    let body = response.error_for_status().ok()?.bytes().await.ok()?;
    let completion: Completion = serde_json::from_slice(&body).ok()?;
    completion
        .choices
        .into_iter()
        .next()
        .map(|c| c.message.content)
}
