//! The real server, in-process on port 0, with its own fake LLM.

use std::net::SocketAddr;
use std::sync::{Arc, LazyLock};

use callshadow::agents::agent::Provider;
use callshadow::config::{ProviderChoice, Settings};
use callshadow::startup::Application;
use serde_json::Value;
use tokio::task::JoinHandle;
use tokio_tungstenite::{MaybeTlsStream, connect_async};
use tokio_util::sync::CancellationToken;

use super::client::{Client, client_says};
use super::llm::{llm_closing_settings, llm_settings};
use super::services::RedisServer;
use super::test_settings;
use super::wait::eventually;
use crate::fake_llm::FakeLlm;

static TRACING: LazyLock<()> = LazyLock::new(|| {
    if std::env::var("TEST_LOG").is_ok() {
        let settings = callshadow::config::LogSettings {
            level: "debug".to_owned(),
            format: callshadow::config::LogFormat::Pretty,
        };
        let _ = callshadow::telemetry::init(&settings, std::io::stderr);
    }
});

/// A server running in-process, and the fake LLM it may be pointed at.
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
    /// This app's own fake LLM (the server calls it when its settings say so:
    /// [`spawn_llm_app`], [`spawn_llm_closing_app`]).
    pub llm: FakeLlm,
}

/// Starts the server with the default settings (the embedded analyzer answers).
pub async fn spawn_app() -> TestApp {
    spawn_app_with(test_settings(), None).await
}

/// Starts the server with `settings`, answering with `provider` if given.
pub async fn spawn_app_with(settings: Settings, provider: Option<Arc<Provider>>) -> TestApp {
    start(FakeLlm::start().await, settings, provider).await
}

/// Starts the server answering with `provider` on its own fake LLM (the closing
/// detector is the embedded analyzer, so the fake sees the orchestrator's calls
/// only), with short delays; `edit` adjusts the settings first.
pub async fn spawn_llm_app(provider: ProviderChoice, edit: impl FnOnce(&mut Settings)) -> TestApp {
    let llm = FakeLlm::start().await;
    let mut settings = llm_settings(&llm, provider);
    edit(&mut settings);
    start(llm, settings, None).await
}

/// As [`spawn_llm_app`], the closing detector asking the fake LLM too.
pub async fn spawn_llm_closing_app(
    provider: ProviderChoice,
    edit: impl FnOnce(&mut Settings),
) -> TestApp {
    let llm = FakeLlm::start().await;
    let mut settings = llm_closing_settings(&llm, provider);
    edit(&mut settings);
    start(llm, settings, None).await
}

/// Starts the server as instance `name` with its sessions in `redis`; `edit`
/// adjusts the settings first.
pub async fn spawn_redis_app(
    redis: &RedisServer,
    name: &str,
    edit: impl FnOnce(&mut Settings),
) -> TestApp {
    let mut settings = test_settings();
    settings.store.redis_url = Some(secrecy::SecretString::from(redis.url()));
    settings.store.instance_id = Some(name.to_owned());
    edit(&mut settings);
    spawn_app_with(settings, None).await
}

async fn start(llm: FakeLlm, settings: Settings, provider: Option<Arc<Provider>>) -> TestApp {
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
        llm,
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

    /// Asks for an upgrade on `/ws/conversation?query` with `headers`, from
    /// `source` (a loopback address) when given: the client, or the HTTP status
    /// and JSON body it was refused with.
    pub async fn upgrade(
        &self,
        query: &str,
        headers: &[(&str, &str)],
        source: Option<std::net::IpAddr>,
    ) -> Result<Client, (u16, Value)> {
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;
        let url = format!("ws://{}/ws/conversation?{}", self.address, query);
        let mut request = url.into_client_request().unwrap();
        for (name, value) in headers {
            let name = axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap();
            request.headers_mut().insert(name, value.parse().unwrap());
        }
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        if let Some(source) = source {
            socket.bind(std::net::SocketAddr::new(source, 0)).unwrap();
        }
        let stream = socket.connect(self.address).await.unwrap();
        match tokio_tungstenite::client_async(request, MaybeTlsStream::Plain(stream)).await {
            Ok((ws, _)) => Ok(Client { ws }),
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                let body = response.body().as_deref().unwrap_or_default();
                Err((
                    response.status().as_u16(),
                    serde_json::from_slice(body).unwrap_or(Value::Null),
                ))
            }
            Err(other) => panic!("unexpected upgrade failure: {other}"),
        }
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

    /// Sends one client message on a new connection; returns the frame that answers it.
    pub async fn ask(&self, text: &str) -> Value {
        let (mut client, _) = self.connect_init("").await;
        client.say(&client_says(text)).await
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

    /// Waits until every connection has ended on the server's side: its worker
    /// joined, its calls dropped, nothing more will be answered or asked.
    pub async fn all_connections_ended(&self) -> bool {
        let stats = &self.state.ws_stats;
        eventually(|| stats.connections() == 0).await
    }
}

async fn status_json(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let body = response.json::<Value>().await.unwrap_or(Value::Null);
    (status, body)
}
