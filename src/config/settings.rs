//! The typed settings the server runs with, built and validated from the sources.

use std::net::IpAddr;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use secrecy::SecretString;

use super::access::{AccessSettings, read_access};
use super::choices::{ClosingCalls, ClosingChoice, ProviderChoice};
use super::flow::{FlowSettings, read_flow};
use super::llm::{LlmSettings, check_provider, read_llm};
use super::memory::{Folding, MemorySettings, read_memory};
use super::metrics::{MetricsSettings, read_metrics};
use super::reader::{Reader, TimeUnit};
use super::redis::{StoreSettings, read_store};

/// Everything the server is configured with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The environment whose file was layered in (`APP_ENV`, default `development`).
    pub app_env: String,
    /// The listener, CORS, operator auth and shutdown.
    pub server: ServerSettings,
    /// Logging.
    pub log: LogSettings,
    /// WebSocket protocol limits.
    pub ws: WsSettings,
    /// Sessions and their memory.
    pub sessions: SessionSettings,
    /// Providers and prompts.
    pub agents: AgentSettings,
    /// How LLMs are called.
    pub llm: LlmSettings,
    /// Real-time flow control.
    pub flow: FlowSettings,
    /// The session store (Redis or memory) and this instance's name.
    pub store: StoreSettings,
    /// Who may connect, and how much one client may take.
    pub access: AccessSettings,
    /// Environment variables that look like a setting and are not (ignored):
    /// warned about at start-up.
    pub warnings: Vec<String>,
    /// Prometheus metrics, on their own listener.
    pub metrics: MetricsSettings,
    /// Summaries and the prompt token budget.
    pub memory: MemorySettings,
}

/// The listener, CORS, operator auth and shutdown.
#[derive(Debug, Clone)]
pub struct ServerSettings {
    /// Address to bind (`HOST`).
    pub host: IpAddr,
    /// Port to bind, 0 for any (`PORT`).
    pub port: u16,
    /// Allowed CORS origins; `*` allows all (`CORS_ORIGINS`).
    pub cors_origins: Vec<String>,
    /// Bearer token for the operator API (`ADMIN_API_KEY`).
    pub admin_api_key: Option<SecretString>,
    /// Time in-flight replies get on shutdown (`SHUTDOWN_GRACE_SECONDS`).
    pub shutdown_grace: Duration,
    /// Time a client gets to send a request head, and that an idle keep-alive
    /// connection stays open (`HTTP_HEADER_READ_TIMEOUT_SECONDS`).
    pub header_read_timeout: Duration,
    /// Largest request head, in bytes (`HTTP_MAX_HEADER_BYTES`).
    pub max_header_bytes: usize,
    /// Open HTTP connections, WebSockets included; `None`: as many as the
    /// open-files limit allows (`MAX_HTTP_CONNECTIONS=0`).
    pub max_connections: Option<usize>,
}

/// Logging.
#[derive(Debug, Clone)]
pub struct LogSettings {
    /// A level or a tracing filter directive (`LOG_LEVEL`).
    pub level: String,
    /// Output format (`LOG_FORMAT`).
    pub format: LogFormat,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable, coloured when on a terminal.
    Pretty,
    /// One JSON object per line.
    Json,
}

impl FromStr for LogFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "pretty" => Ok(Self::Pretty),
            "json" => Ok(Self::Json),
            _ => Err("must be \"pretty\" or \"json\"".to_owned()),
        }
    }
}

/// WebSocket protocol limits.
#[derive(Debug, Clone)]
pub struct WsSettings {
    /// Largest frame accepted, in bytes (`MAX_MESSAGE_BYTES`).
    pub max_message_bytes: usize,
    /// Longest `text`, in characters (`MAX_TEXT_CHARS`).
    pub max_text_chars: usize,
    /// Messages waiting for an answer per connection (`MAX_PENDING_MESSAGES`).
    pub max_pending_messages: usize,
}

/// Sessions and their memory.
#[derive(Debug, Clone)]
pub struct SessionSettings {
    /// Most sessions held at once (`MAX_SESSIONS`).
    pub max_sessions: usize,
    /// Idle time after which a detached session expires (`SESSION_TIMEOUT_MINUTES`).
    pub timeout: Duration,
    /// Period of the expiry sweep (`SESSION_CLEANUP_INTERVAL`, minutes).
    pub cleanup_interval: Duration,
    /// Messages kept in memory per session (`MAX_MEMORY_MESSAGES`).
    pub max_memory_messages: usize,
    /// How the memory window gives way when full (MEMORY_SUMMARY_ENABLED,
    /// MEMORY_SUMMARY_CHUNK, PROMPT_TOKEN_BUDGET).
    pub folding: Folding,
}

/// Providers and prompts.
#[derive(Debug, Clone)]
pub struct AgentSettings {
    /// The provider as configured (`LLM_PROVIDER`).
    pub provider: ProviderChoice,
    /// Folder of prompt templates and the playbook (`PROMPTS_DIR`).
    pub prompts_dir: PathBuf,
    /// Orchestrator prompt version (`ORCHESTRATOR_PROMPT_VERSION`).
    pub orchestrator_prompt_version: String,
    /// The closing detector (`CLOSING_DETECTOR_PROVIDER`).
    pub closing_provider: ClosingChoice,
    /// Which messages an LLM closing detector is asked about
    /// (`CLOSING_DETECTOR_LLM_CALLS`).
    pub closing_llm_calls: ClosingCalls,
    /// Closing detector prompt version (`CLOSING_DETECTOR_PROMPT_VERSION`).
    pub closing_detector_prompt_version: String,
    /// Confidence from which a `closing` frame is sent (`CLOSING_THRESHOLD`, 0..=1).
    pub closing_threshold: f64,
    /// Whether sessions are split between two orchestrator versions
    /// (`ENABLE_PROMPT_AB_TESTING`).
    pub ab_testing: bool,
    /// Percentage of sessions given the alternative version (`PROMPT_AB_TEST_SPLIT`).
    pub ab_split: u8,
    /// The alternative orchestrator version (`PROMPT_AB_ALTERNATIVE`).
    pub ab_alternative: String,
    /// Quiet time after a change under PROMPTS_DIR before reloading
    /// (`PROMPT_RELOAD_DEBOUNCE_MS`).
    pub prompt_reload_debounce: Duration,
}

impl Settings {
    /// Reads and validates every key; problems are left in the reader.
    pub(crate) fn read(reader: &mut Reader<'_>, app_env: String) -> Self {
        let server = read_server(reader);
        let memory = read_memory(reader);
        let mut sessions = read_sessions(reader);
        sessions.folding = memory.folding(sessions.max_memory_messages);
        let settings = Self {
            app_env,
            metrics: read_metrics(reader, server.port),
            server,
            log: read_log(reader),
            ws: read_ws(reader),
            sessions,
            memory,
            agents: read_agents(reader),
            llm: read_llm(reader),
            flow: read_flow(reader),
            store: read_store(reader),
            access: read_access(reader),
            warnings: Vec::new(),
        };
        check_operator_auth(reader, &settings.server);
        let provider = settings.effective_provider();
        check_provider(reader, provider, &settings.llm);
        settings
    }

    /// The provider `auto` stands for: `openai` with an OpenAI key, else `local`.
    #[must_use]
    pub fn effective_provider(&self) -> ProviderChoice {
        match (self.agents.provider, &self.llm.openai.api_key) {
            (ProviderChoice::Auto, Some(_)) => ProviderChoice::OpenAi,
            (ProviderChoice::Auto, None) => ProviderChoice::Local,
            (choice, _) => choice,
        }
    }

    /// Whether the listener binds a loopback address only.
    #[must_use]
    pub fn binds_loopback(&self) -> bool {
        self.server.host.is_loopback()
    }
}

fn read_server(r: &mut Reader<'_>) -> ServerSettings {
    let host = r.string("HOST");
    let host = match host.as_str() {
        "localhost" => Some(IpAddr::from([127, 0, 0, 1])),
        other => other.parse().ok(),
    };
    if host.is_none() {
        r.fail("HOST", "must be an IP address such as 127.0.0.1 or 0.0.0.0");
    }
    ServerSettings {
        host: host.unwrap_or(IpAddr::from([127, 0, 0, 1])),
        port: r.int("PORT", 0..=65535),
        cors_origins: r.list("CORS_ORIGINS"),
        admin_api_key: r.secret("ADMIN_API_KEY"),
        shutdown_grace: Duration::from_secs(r.int("SHUTDOWN_GRACE_SECONDS", 0..=3600)),
        header_read_timeout: Duration::from_secs(
            r.int("HTTP_HEADER_READ_TIMEOUT_SECONDS", 1..=3600),
        ),
        max_header_bytes: r.int("HTTP_MAX_HEADER_BYTES", 1024..=1_048_576),
        max_connections: {
            let max: usize = r.int("MAX_HTTP_CONNECTIONS", 0..=10_000_000);
            (max > 0).then_some(max)
        },
    }
}

fn read_log(r: &mut Reader<'_>) -> LogSettings {
    let level = r.non_empty("LOG_LEVEL").to_ascii_lowercase();
    if tracing_subscriber::EnvFilter::try_new(&level).is_err() {
        r.fail(
            "LOG_LEVEL",
            "must be a level (error, warn, info, debug, trace) or a tracing filter",
        );
    }
    LogSettings {
        level,
        format: r.parsed("LOG_FORMAT").unwrap_or(LogFormat::Pretty),
    }
}

fn read_ws(r: &mut Reader<'_>) -> WsSettings {
    WsSettings {
        max_message_bytes: r.int("MAX_MESSAGE_BYTES", 1024..=16 * 1024 * 1024),
        max_text_chars: r.int("MAX_TEXT_CHARS", 1..=1_000_000),
        max_pending_messages: r.int("MAX_PENDING_MESSAGES", 1..=10_000),
    }
}

fn read_sessions(r: &mut Reader<'_>) -> SessionSettings {
    SessionSettings {
        max_sessions: r.int("MAX_SESSIONS", 1..=10_000_000),
        timeout: r.duration("SESSION_TIMEOUT_MINUTES", TimeUnit::Minutes, 525_600.0),
        cleanup_interval: r.duration("SESSION_CLEANUP_INTERVAL", TimeUnit::Minutes, 1_440.0),
        max_memory_messages: r.int("MAX_MEMORY_MESSAGES", 1..=10_000),
        folding: Folding::default(),
    }
}

fn read_agents(r: &mut Reader<'_>) -> AgentSettings {
    let agents = AgentSettings {
        provider: r.parsed("LLM_PROVIDER").unwrap_or(ProviderChoice::Local),
        prompts_dir: PathBuf::from(r.non_empty("PROMPTS_DIR")),
        orchestrator_prompt_version: r.non_empty("ORCHESTRATOR_PROMPT_VERSION"),
        closing_provider: r
            .parsed("CLOSING_DETECTOR_PROVIDER")
            .unwrap_or(ClosingChoice::Auto),
        closing_llm_calls: r
            .parsed("CLOSING_DETECTOR_LLM_CALLS")
            .unwrap_or(ClosingCalls::Candidates),
        closing_detector_prompt_version: r.non_empty("CLOSING_DETECTOR_PROMPT_VERSION"),
        closing_threshold: r.float("CLOSING_THRESHOLD", 0.0..=1.0),
        ab_testing: r.boolean("ENABLE_PROMPT_AB_TESTING"),
        ab_split: r.int("PROMPT_AB_TEST_SPLIT", 0..=100),
        ab_alternative: r.non_empty("PROMPT_AB_ALTERNATIVE"),
        prompt_reload_debounce: Duration::from_millis(
            r.int("PROMPT_RELOAD_DEBOUNCE_MS", 10..=60_000),
        ),
    };
    if agents.ab_testing && agents.ab_alternative == agents.orchestrator_prompt_version {
        r.fail(
            "PROMPT_AB_ALTERNATIVE",
            "must differ from ORCHESTRATOR_PROMPT_VERSION when ENABLE_PROMPT_AB_TESTING is on",
        );
    }
    agents
}

/// A non-loopback listener needs an operator key: refuse to start without one.
fn check_operator_auth(r: &mut Reader<'_>, server: &ServerSettings) {
    if !server.host.is_loopback() && server.admin_api_key.is_none() {
        r.fail(
            "ADMIN_API_KEY",
            format!(
                "must be set when HOST is not a loopback address (HOST={}): \
                 the operator API would be open to the network",
                server.host
            ),
        );
    }
}
