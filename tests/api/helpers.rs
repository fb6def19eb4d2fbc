//! Test support: the real server on port 0, a WebSocket client, scripted providers.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use callshadow::agents::agent::{Agent, Provider};
use callshadow::agents::error::AgentError;
use callshadow::agents::store::PromptSnapshot;
use callshadow::config::{Settings, Sources};
use callshadow::domain::{Conversation, Suggestion, SuggestionSource};
use callshadow::startup::Application;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};
use tokio_util::sync::CancellationToken;

/// How long a test waits for a frame before failing.
pub const FRAME_TIMEOUT: Duration = Duration::from_secs(5);

static TRACING: LazyLock<()> = LazyLock::new(|| {
    if std::env::var("TEST_LOG").is_ok() {
        let settings = callshadow::config::LogSettings {
            level: "debug".to_owned(),
            format: callshadow::config::LogFormat::Pretty,
        };
        let _ = callshadow::telemetry::init(&settings, std::io::stderr);
    }
});

/// A path inside the repository.
pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Settings loaded from the repository's config with `env` on top.
pub fn load_settings(env: &[(&str, &str)]) -> Result<Settings, callshadow::config::ConfigError> {
    let env: HashMap<String, String> = env
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Settings::load(&Sources::with_env(repo("config"), env))
}

/// A temporary copy of the repository's `prompts/`, deleted when dropped.
pub fn copy_prompts() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_dir(&repo("prompts"), dir.path());
    dir
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Rewrites the file at `path` with `edit` applied to its text.
pub fn edit_file(path: &std::path::Path, edit: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).expect("the file is readable");
    std::fs::write(path, edit(text)).expect("the file is writable");
}

/// The default settings, on port 0, with the repository's prompts.
pub fn test_settings() -> Settings {
    let mut settings = load_settings(&[]).expect("the default configuration is valid");
    settings.server.port = 0;
    settings.server.shutdown_grace = Duration::from_secs(2);
    settings.agents.prompts_dir = repo("prompts");
    settings
}

/// A server running in-process.
pub struct TestApp {
    /// Where it listens.
    pub address: SocketAddr,
    /// Cancel to shut it down.
    pub shutdown: CancellationToken,
    /// The server task; yields what `run_until_stopped` returned.
    pub handle: JoinHandle<anyhow::Result<()>>,
    /// An HTTP client.
    pub http: reqwest::Client,
    /// The server's shared state, to look inside.
    pub state: callshadow::state::AppState,
}

/// Starts the server with the default settings.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(test_settings(), None).await
}

/// Starts the server with `settings`, answering with `provider` if given.
pub async fn spawn_app_with(settings: Settings, provider: Option<Arc<Provider>>) -> TestApp {
    LazyLock::force(&TRACING);
    let app = Application::build_with_provider(settings, provider)
        .await
        .expect("the server builds");
    let address = app.address();
    let shutdown = app.shutdown_token();
    let state = app.state();
    let handle = tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        shutdown,
        handle,
        http: reqwest::Client::new(),
        state,
    }
}

impl TestApp {
    /// `http://address/path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    /// Opens a WebSocket on `/ws/conversation?query`.
    pub async fn connect(&self, query: &str) -> Client {
        let url = format!("ws://{}/ws/conversation?{}", self.address, query);
        let (ws, _) = connect_async(url)
            .await
            .expect("the WebSocket upgrade succeeds");
        Client { ws }
    }

    /// Opens a WebSocket whose socket receive buffer is `bytes` (a slow reader).
    pub async fn connect_small_window(&self, query: &str, bytes: u32) -> Client {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_recv_buffer_size(bytes).unwrap();
        let stream = socket.connect(self.address).await.unwrap();
        let url = format!("ws://{}/ws/conversation?{}", self.address, query);
        let (ws, _) = tokio_tungstenite::client_async(url, MaybeTlsStream::Plain(stream))
            .await
            .unwrap();
        Client { ws }
    }

    /// Opens a WebSocket and reads its `session_init`.
    pub async fn connect_init(&self, query: &str) -> (Client, Value) {
        let mut client = self.connect(query).await;
        let init = client.recv_json().await;
        assert_eq!(init["type"], "session_init", "first frame: {init}");
        (client, init)
    }

    /// GET `path`: status and JSON body.
    pub async fn get(&self, path: &str) -> (u16, Value) {
        let response = self
            .http
            .get(self.url(path))
            .send()
            .await
            .expect("GET succeeds");
        status_json(response).await
    }

    /// DELETE `path`: status and JSON body.
    pub async fn delete(&self, path: &str) -> (u16, Value) {
        let response = self
            .http
            .delete(self.url(path))
            .send()
            .await
            .expect("DELETE succeeds");
        status_json(response).await
    }
}

async fn status_json(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let body = response.json::<Value>().await.unwrap_or(Value::Null);
    (status, body)
}

/// A WebSocket client speaking the protocol.
pub struct Client {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Client {
    /// Wraps an already connected stream.
    pub fn from_stream(ws: WebSocketStream<MaybeTlsStream<TcpStream>>) -> Self {
        Self { ws }
    }

    /// Sends a JSON value as a text frame.
    pub async fn send_json(&mut self, value: &Value) {
        self.send_text(&value.to_string()).await;
    }

    /// Sends a raw text frame.
    pub async fn send_text(&mut self, text: &str) {
        self.ws
            .send(Message::text(text))
            .await
            .expect("send succeeds");
    }

    /// Sends a raw frame of any kind.
    pub async fn send_raw(&mut self, message: Message) {
        let _ = self.ws.send(message).await;
    }

    /// The next JSON frame; fails on close or after [`FRAME_TIMEOUT`].
    pub async fn recv_json(&mut self) -> Value {
        loop {
            let next = tokio::time::timeout(FRAME_TIMEOUT, self.ws.next())
                .await
                .expect("a frame arrives in time");
            match next {
                Some(Ok(Message::Text(text))) => {
                    return serde_json::from_str(text.as_str()).expect("frames are JSON");
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                other => panic!("expected a text frame, got {other:?}"),
            }
        }
    }

    /// The next JSON frame if one arrives within `wait`; `None` otherwise.
    pub async fn try_recv_json(&mut self, wait: Duration) -> Option<Value> {
        loop {
            match tokio::time::timeout(wait, self.ws.next()).await {
                Err(_) => return None,
                Ok(Some(Ok(Message::Text(text)))) => {
                    return Some(serde_json::from_str(text.as_str()).expect("frames are JSON"));
                }
                Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => {}
                Ok(other) => panic!("expected a text frame, got {other:?}"),
            }
        }
    }

    /// Reads until the server closes; returns the text frames seen and the close frame.
    pub async fn recv_until_close(&mut self) -> (Vec<Value>, Option<CloseFrame>) {
        let mut frames = Vec::new();
        loop {
            let next = tokio::time::timeout(FRAME_TIMEOUT, self.ws.next())
                .await
                .expect("the server closes in time");
            match next {
                Some(Ok(Message::Text(text))) => {
                    frames.push(serde_json::from_str(text.as_str()).expect("frames are JSON"));
                }
                Some(Ok(Message::Close(frame))) => return (frames, frame),
                Some(Ok(_)) => {}
                None | Some(Err(_)) => return (frames, None),
            }
        }
    }

    /// The next JSON frame if one arrives within `window`.
    pub async fn recv_within(&mut self, window: Duration) -> Option<Value> {
        loop {
            match tokio::time::timeout(window, self.ws.next()).await {
                Ok(Some(Ok(Message::Text(text)))) => {
                    return serde_json::from_str(text.as_str()).ok();
                }
                Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => {}
                _ => return None,
            }
        }
    }

    /// The next frame of any kind, raw; `None` once the connection is over.
    pub async fn recv_raw(&mut self) -> Option<Message> {
        let next = tokio::time::timeout(FRAME_TIMEOUT, self.ws.next())
            .await
            .expect("a frame arrives in time");
        next.and_then(Result::ok)
    }

    /// Sends `message` and returns the frame that answers it.
    pub async fn say(&mut self, message: &Value) -> Value {
        self.send_json(message).await;
        self.recv_json().await
    }

    /// Closes the connection from the client side.
    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }
}

/// A client utterance with a neutral tone.
pub fn client_says(text: &str) -> Value {
    json!({ "text": text, "speaker": "client", "sentiment": "neutral", "emotion": "neutral" })
}

/// A suggestion the scripted provider answers with.
pub fn scripted_suggestion() -> Suggestion {
    Suggestion {
        questions: vec!["Scripted one?".to_owned(), "Scripted two?".to_owned()],
        signals_detected: vec!["scripted".to_owned()],
        recommended_direction: "Scripted direction.".to_owned(),
    }
}

/// What the scripted provider does on each call.
#[derive(Debug, Clone)]
pub enum Script {
    /// Answers the scripted suggestion.
    Answer,
    /// Fails with this error.
    Fail(fn() -> AgentError),
    /// Panics.
    Panic,
}

/// A provider that waits, then answers, fails or panics as told; counts calls.
pub struct ScriptedProvider {
    /// Wait before answering.
    pub delay: Duration,
    /// What to do.
    pub script: Mutex<Script>,
    /// Calls started.
    pub started: AtomicUsize,
    /// Calls finished (not cancelled).
    pub finished: AtomicUsize,
    /// Calls dropped before they finished (cancelled).
    pub cancelled: AtomicUsize,
}

/// Counts a call as cancelled if it is dropped before it finishes.
struct CancelGuard<'a> {
    cancelled: &'a AtomicUsize,
    done: bool,
}

impl Drop for CancelGuard<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.cancelled.fetch_add(1, Ordering::SeqCst);
        }
    }
}

impl ScriptedProvider {
    /// A provider answering after `delay`.
    pub fn new(delay: Duration, script: Script) -> Arc<Self> {
        Arc::new(Self {
            delay,
            script: Mutex::new(script),
            started: AtomicUsize::new(0),
            finished: AtomicUsize::new(0),
            cancelled: AtomicUsize::new(0),
        })
    }
}

#[async_trait]
impl Agent<Suggestion> for ScriptedProvider {
    fn name(&self) -> &'static str {
        "scripted"
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Llm
    }

    async fn run(
        &self,
        _conversation: &Conversation,
        _snapshot: &PromptSnapshot,
        _deadline: tokio::time::Instant,
    ) -> Result<Suggestion, AgentError> {
        self.started.fetch_add(1, Ordering::SeqCst);
        let mut guard = CancelGuard {
            cancelled: &self.cancelled,
            done: false,
        };
        tokio::time::sleep(self.delay).await;
        guard.done = true;
        self.finished.fetch_add(1, Ordering::SeqCst);
        let script = self.script.lock().unwrap().clone();
        match script {
            Script::Answer => Ok(scripted_suggestion()),
            Script::Fail(error) => Err(error()),
            Script::Panic => panic!("scripted provider panic"),
        }
    }
}
