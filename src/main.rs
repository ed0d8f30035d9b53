//! The `garter` command line: run a script, `-c`, `-` (stdin), `--check`, `--dis`, and the
//! interactive REPL (no FILE with a terminal on stdin, or `-i`).

use clap::Parser;
use garter::interpreter::{Exit, Interpreter};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

/// The `garter` binary allocates with mimalloc (see `platform::Allocator`); the library
/// leaves the global allocator to the host application.
#[global_allocator]
static GLOBAL: garter::platform::Allocator = garter::platform::Allocator;

#[derive(Parser)]
#[command(
    name = "garter",
    version,
    about = "A small, fast Python 3 interpreter with a real GIL"
)]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<String>,
    /// Parse and compile FILE, report syntax errors, run nothing.
    #[arg(long)]
    check: bool,
    /// Print the bytecode of every code object in FILE.
    #[arg(long)]
    dis: bool,
    /// Unbuffered stdout and stderr.
    #[arg(short = 'u')]
    unbuffered: bool,
    /// Run FILE (or -c CODE), then open the interactive prompt in its globals.
    #[arg(short = 'i')]
    inspect: bool,
    /// Script file (`-` for standard input), then its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// Native stack for the interpreter's main thread: deep Python recursion is bounded by
/// the recursion limit and the stack guard, never by a native overflow.
const MAIN_STACK: usize = 512 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A bug that panics must not also lose the program's buffered output.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        garter::signals::flush_all();
        default_hook(info);
    }));
    let child = std::thread::Builder::new()
        .name("garter-main".into())
        .stack_size(MAIN_STACK)
        .spawn(move || run(cli))
        .expect("spawn main interpreter thread");
    match child.join() {
        Ok(code) => code,
        Err(_) => ExitCode::from(70),
    }
}

fn read_file(path: &str) -> Result<String, String> {
    std::fs::read(path)
        .map_err(|e| {
            let msg = e.to_string();
            let msg = msg.split(" (os error").next().unwrap_or("").to_string();
            format!(
                "garter: can't open file '{}': [Errno {}] {}",
                path,
                e.raw_os_error().unwrap_or(0),
                msg
            )
        })
        .map(|b| {
            let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&b).to_vec();
            String::from_utf8_lossy(&b).into_owned()
        })
}

fn run(cli: Cli) -> ExitCode {
    if cli.check || cli.dis {
        let Some(path) = cli.args.first() else {
            eprintln!("garter: --check and --dis need a FILE");
            return ExitCode::from(2);
        };
        let text = match read_file(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        let src = garter::source::SourceFile::new(path.as_str(), text);
        let unit =
            garter::parser::parse(&src).and_then(|m| garter::compiler::compile_module(&m, &src));
        return match unit {
            Ok(u) => {
                if cli.dis {
                    print!("{}", garter::bytecode::dis::disassemble(&u, &src));
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(1)
            }
        };
    }
    let unbuffered =
        cli.unbuffered || std::env::var("PYTHONUNBUFFERED").is_ok_and(|v| !v.is_empty());
    // No program and a terminal on stdin (or `-i`): the interactive prompt.
    let no_program = cli.command.is_none() && cli.args.is_empty();
    if cli.inspect || (no_program && std::io::stdin().is_terminal()) {
        return run_repl(cli, unbuffered);
    }
    let (text, filename, argv, path0) = if let Some(code) = cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args);
        (code, "<string>".to_string(), argv, String::new())
    } else if let Some(path) = cli.args.first().filter(|p| p.as_str() != "-") {
        let text = match read_file(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        let dir = std::path::Path::new(path)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        (text, path.clone(), cli.args.clone(), dir)
    } else {
        let mut text = String::new();
        if std::io::stdin().read_to_string(&mut text).is_err() {
            eprintln!("garter: cannot read standard input");
            return ExitCode::from(2);
        }
        let mut argv = cli.args.clone();
        if argv.is_empty() {
            argv.push(String::new());
        }
        (text, "<stdin>".to_string(), argv, String::new())
    };
    let mut interp = Interpreter::new(argv, &path0);
    interp.install_signal_handlers();
    interp.vm.set_native_stack_size(MAIN_STACK);
    if unbuffered {
        interp.vm.interp.stdout.lock().unbuffered = true;
    }
    let exit = interp.run_main(&text, &filename);
    interp.flush();
    // Exit here, still holding the GIL: daemon threads never run again, and nothing is
    // torn down under them.
    std::process::exit(match exit {
        Exit::Code(c) => c & 0xff,
        Exit::Interrupted => {
            // As CPython: die by SIGINT itself, so a shell sees a Ctrl+C death (130).
            garter::signals::die_by(libc::SIGINT);
            130
        }
    })
}

/// `garter` on a terminal, or `garter -i [FILE | -c CODE]`.
fn run_repl(cli: Cli, unbuffered: bool) -> ExitCode {
    let (script, argv, path0) = if let Some(code) = cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args);
        let script = garter::repl::Script {
            text: code,
            filename: "<string>".into(),
        };
        (Some(script), argv, String::new())
    } else if let Some(path) = cli.args.first().filter(|p| p.as_str() != "-") {
        let text = match read_file(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        let dir = std::path::Path::new(path)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let script = garter::repl::Script {
            text,
            filename: path.clone(),
        };
        (Some(script), cli.args.clone(), dir)
    } else {
        let mut argv = cli.args.clone();
        if argv.is_empty() {
            argv.push(String::new());
        }
        (None, argv, String::new())
    };
    let mut interp = Interpreter::new(argv, &path0);
    interp.install_signal_handlers();
    interp.vm.set_native_stack_size(MAIN_STACK);
    if unbuffered {
        interp.vm.interp.stdout.lock().unbuffered = true;
    }
    let exit = garter::repl::run(&mut interp, script);
    interp.flush();
    std::process::exit(match exit {
        Exit::Code(c) => c & 0xff,
        Exit::Interrupted => 130,
    })
}
