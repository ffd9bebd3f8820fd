# codeplan as a container: `docker build -t codeplan .` then
# `docker run -p 3000:3000 --env-file .env codeplan` (APP_ID and a private key are required:
# NODE_ENV=production turns Probot's setup page off).

# --- build: compile TypeScript with the dev toolchain ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- runtime: production dependencies, the compiled app, git and the oracle sandbox ---
FROM node:20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends git bubblewrap ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY app.yml ./
RUN useradd --create-home --shell /usr/sbin/nologin codeplan
USER codeplan
# Probot listens on localhost unless told otherwise; a container must listen on every interface.
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node_modules/.bin/probot", "run", "./dist/index.js"]
