# Multi-stage build: dependencies are compiled in their own cached layer.
FROM rust:1-slim-bookworm AS chef
RUN cargo install cargo-chef --locked
WORKDIR /app

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS builder
COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --recipe-path recipe.json
COPY . .
RUN cargo build --release --locked --bin callshadow

FROM debian:bookworm-slim AS runtime
RUN apt-get update -qq \
    && apt-get install -y -qq --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home callshadow
WORKDIR /app
COPY --from=builder /app/target/release/callshadow /usr/local/bin/callshadow
COPY config config
COPY prompts prompts
USER callshadow
ENV APP_ENV=production
EXPOSE 8000
ENTRYPOINT ["callshadow"]
CMD ["serve"]
