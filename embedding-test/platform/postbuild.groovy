// Runs after the platform's build (maven-invoker-plugin's post-build hook, in the outer build): the README shows what
// the platform does, so each marked region of the platform's code must appear in the README as written (whitespace
// aside; the Architecture rules example names com.acme.devices where the platform has com.acme.fleet).
def squeeze = { String text -> text.replaceAll(/\s+/, '') }
def region = { File file, String name ->
    def text = file.getText('UTF-8')
    def matcher = text =~ /(?s)\/\/ \[${name}-start\]\n(.*?)\n\s*\/\/ \[${name}-end\]/
    assert matcher.find() : "no region ${name} in ${file}"
    matcher.group(1)
}
def readme = squeeze(new File(readmeFile).getText('UTF-8'))
def sources = new File(platformSources)
def checks = [
        [new File(sources, 'src/main/java/com/acme/fleet/app/FleetPlatform.java'), 'embedding', 'Embedding'],
        [new File(sources, 'src/main/java/com/acme/fleet/adapter/devicestatus/DeviceStatusIosUpdates.java'), 'use-cases',
         'Embedding'],
        [new File(sources, 'src/test/java/com/acme/fleet/ArchitectureTest.java'), 'architecture', 'Architecture rules'],
]
checks.each { file, name, section ->
    def code = squeeze(region(file, name)).replace('com.acme.fleet', 'com.acme.devices')
    def readmeCode = readme.replace('com.acme.fleet', 'com.acme.devices')
    assert readmeCode.contains(code) :
            "README.md's ${section} section no longer shows what ${file.name} does between [${name}-start] and " +
                    "[${name}-end]: copy that region into the README's example"
}
println "README.md shows the platform's code as it is (${checks.size()} regions)"
return true
