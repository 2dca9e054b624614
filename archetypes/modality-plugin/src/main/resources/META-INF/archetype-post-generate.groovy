// Runs after archetype:generate has written the project. With -DinteractiveMode=false the
// archetype plugin does not apply archetype-metadata.xml's validationRegex, so the id rule of
// org.alliance.spi.modality is checked here too, and a project that could never be installed is
// removed instead of left behind.
def props = request.properties
def id = props.getProperty('modalityId')
def name = props.getProperty('modalityName')
def problem = null
if (!(id ==~ /[a-z][a-z0-9-]{1,39}/)) {
    problem = "modalityId '" + id + "' must be lower case letters, digits and hyphens, starting with a letter, 2 to 40 long, e.g. dbt"
} else if (name == null || name.trim().isEmpty() || name.contains('"') || name.contains('\\')) {
    problem = "modalityName '" + name + "' must not be blank and must not contain \" or \\, e.g. \"Dialectical behaviour therapy\""
}
if (problem != null) {
    new File(request.outputDirectory, request.artifactId).deleteDir()
    throw new IllegalArgumentException(problem)
}
