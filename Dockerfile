# Native executable of Bamboo Graph, built from source in two stages (the Quarkus native container pattern):
# a Mandrel builder compiles the application with the Maven wrapper, and the small Quarkus micro image runs it
# as a non-root user. Quarkus advises against embedding H2 in a native executable, so this is the PostgreSQL
# flavour: point it at a database with environment variables.
#
#   docker build -t bamboo-graph:native .
#   docker run -p 8080:8080 -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/bamboo \
#       -e QUARKUS_DATASOURCE_USERNAME=bamboo -e QUARKUS_DATASOURCE_PASSWORD=secret \
#       -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=/keys/editor-public.pem -v ./keys:/keys:ro bamboo-graph:native

## Stage 1: compile the native executable
FROM quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-21 AS build
USER root
WORKDIR /code
COPY --chown=quarkus:quarkus mvnw /code/mvnw
COPY --chown=quarkus:quarkus .mvn /code/.mvn
COPY --chown=quarkus:quarkus pom.xml /code/
RUN chown quarkus:quarkus /code
USER quarkus
# Dependencies first, so that a change in the sources does not download them again.
RUN ./mvnw -B -ntp dependency:go-offline -Dnative
COPY --chown=quarkus:quarkus src/main /code/src/main
RUN ./mvnw -B -ntp package -Dnative -DskipTests -Dbamboo.db-kind=postgresql

## Stage 2: run it
FROM quay.io/quarkus/ubi9-quarkus-micro-image:2.0
WORKDIR /work/
RUN chown 1001 /work \
    && chmod "g+rwX" /work \
    && chown 1001:root /work
COPY --from=build --chown=1001:root --chmod=0755 /code/target/*-runner /work/application
EXPOSE 8080
USER 1001
ENTRYPOINT ["./application", "-Dquarkus.http.host=0.0.0.0"]
