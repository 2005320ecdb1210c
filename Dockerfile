# Bookline's image: the slim jar (no embedded-PostgreSQL binaries; DATABASE_URL is required) on a
# JRE. Build: `docker build -t bookline .`; run it with docker-compose.yml or deploy/kubernetes.

# Build stage: the same Maven build as on a developer machine, with the slim profile.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B -Pslim dependency:go-offline
COPY src src
COPY db db
RUN mvn -q -B -Pslim -DskipTests package

# Run stage: a JRE and the slim jar, as an unprivileged user.
FROM eclipse-temurin:21-jre
RUN groupadd --gid 10001 bookline \
 && useradd --uid 10001 --gid bookline --create-home bookline
USER 10001
WORKDIR /home/bookline
COPY --from=build /src/target/bookline-slim.jar bookline.jar
# In a container the server must be reachable from outside it (ADR 0015).
ENV BIND_ADDRESS=0.0.0.0 \
    PORT=8080
EXPOSE 8080
# bash's /dev/tcp: no curl or wget needed in the image.
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "bookline.jar"]
