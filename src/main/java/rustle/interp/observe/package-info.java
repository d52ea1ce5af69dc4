/** The hooks a debugging tool plugs into (observer, probes, frame maps, probe nodes); compiled into a run only when something asks to observe it. */
package rustle.interp.observe;
