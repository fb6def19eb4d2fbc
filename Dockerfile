# callshadow's image: a multi-stage build, dependencies compiled in their own
# cached layer, a slim runtime running as a non-root user. Checked by hadolint
# in .ci/run. Stop timeout: see README, "Deployment" (SHUTDOWN_GRACE_SECONDS + 5 s).

# Builder: the Rust version pinned (rust-version in Cargo.toml is the minimum).
FROM rust:1.95-slim-bookworm AS chef
RUN cargo install cargo-chef --locked --version 0.1.78
WORKDIR /app

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS builder
COPY --from=planner /app/recipe.json recipe.json
# Only the server's dependencies: the benchmark tool is not built here.
RUN cargo chef cook --release --locked --package callshadow --recipe-path recipe.json
COPY . .
RUN cargo build --release --locked --package callshadow --bin callshadow

FROM debian:12.11-slim AS runtime
# ca-certificates: TLS to the LLM upstream and Redis. Not version-pinned on
# purpose: the image should take Debian's security updates when rebuilt.
# hadolint ignore=DL3008
RUN apt-get update -qq \
    && apt-get install -y -qq --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --no-create-home callshadow
WORKDIR /app
COPY --from=builder /app/target/release/callshadow /usr/local/bin/callshadow
# The binary carries these too; the copies are there to be edited or mounted over.
COPY config config
COPY prompts prompts
# Numeric, so Kubernetes' runAsNonRoot can check it.
USER 10001:10001
ENV APP_ENV=production
# 8000: the server; 9090: /metrics with ENABLE_METRICS=true METRICS_HOST=0.0.0.0.
EXPOSE 8000 9090
# No curl in the image: the binary probes its own /health.
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
    CMD ["callshadow", "healthcheck"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["callshadow"]
CMD ["serve"]
