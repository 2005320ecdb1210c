# Build stage: the same Maven build as on a developer machine.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src src
COPY db db
RUN mvn -q -B -DskipTests package

# Run stage: a JRE and the shaded jar. Runs as an unprivileged user.
FROM eclipse-temurin:21-jre
RUN useradd --system --create-home bookline
USER bookline
WORKDIR /home/bookline
COPY --from=build /src/target/bookline.jar bookline.jar
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD wget -qO- http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "bookline.jar"]
