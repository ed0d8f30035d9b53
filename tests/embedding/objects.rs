//! Host objects (`UserData`) and keyword arguments in both directions.

use super::*;

// ----- keyword arguments -----

#[test]
fn host_functions_with_keyword_arguments() {
    let interp = Interpreter::new();
    interp.with_gil(|py| {
        let f = py.function_kw("fmt", |py, (x,): (f64,), mut kw| {
            let digits: usize = kw.take(py, "digits")?.unwrap_or(2);
            let unit: Option<String> = kw.take(py, "unit")?;
            kw.finish()?;
            Ok::<_, HostError>(format!("{x:.digits$}{}", unit.unwrap_or_default()))
        });
        py.set_global("fmt", f).unwrap();
    });
    assert_eq!(interp.eval::<String>("fmt(3.14159)").unwrap(), "3.14");
    assert_eq!(
        interp
            .eval::<String>("fmt(3.14159, digits=1, unit='m')")
            .unwrap(),
        "3.1m"
    );
    assert_eq!(
        interp
            .eval::<String>("fmt(2.0, unit='s', digits=0)")
            .unwrap(),
        "2s"
    );
    assert_eq!(
        err_line(interp.eval::<String>("fmt(1.0, digits='x')")),
        "TypeError: expected int, got str"
    );
    assert_eq!(
        err_line(interp.eval::<String>("fmt(1.0, colour=1)")),
        "TypeError: fmt() got an unexpected keyword argument 'colour'"
    );
    assert_eq!(
        err_line(interp.eval::<String>("fmt(digits=1)")),
        "TypeError: fmt() takes exactly one argument (0 given)"
    );
    // **kwargs from a dict, and names()/len().
    interp.add_module("m", |m| {
        m.function_kw("names", |_py, (), kw| {
            let n = kw.names();
            assert_eq!(kw.len(), n.len());
            Ok::<_, HostError>(n)
        });
    });
    assert_eq!(
        interp
            .eval::<Vec<String>>("__import__('m').names(b=1, **{'a': 2})")
            .unwrap(),
        ["b", "a"]
    );
}

#[test]
fn calling_script_functions_with_keyword_arguments() {
    let interp = Interpreter::new();
    interp
        .run(
            "def f(a, b=2, *, c=3, **rest):\n    return [a, b, c, sorted(rest.items())]\n",
            "<f>",
        )
        .unwrap();
    let r: (i64, i64, i64, Vec<(String, i64)>) =
        interp.call_kw("f", (1,), [("c", 30), ("z", 9)]).unwrap();
    assert_eq!(r, (1, 2, 30, vec![("z".to_string(), 9)]));
    let r: (i64, String, i64, Vec<(String, i64)>) =
        interp.call_kw("f", (), (("b", "two"), ("a", 1))).unwrap();
    assert_eq!(r, (1, "two".to_string(), 3, vec![]));
    let kw: Vec<(String, i64)> = vec![("a".into(), 5)];
    let r: (i64, i64, i64, Vec<(String, i64)>) = interp.call_kw("f", (), kw).unwrap();
    assert_eq!(r.0, 5);
    assert_eq!(
        err_line(interp.call_kw::<()>("f", (1,), [("a", 1)])),
        "TypeError: f() got multiple values for argument 'a'"
    );
    interp.with_gil(|py| {
        let f = py.global_obj("f").unwrap();
        let r: (i64, i64, i64, Vec<(String, i64)>) = py.call_obj_kw(&f, (7, 8), ()).unwrap();
        assert_eq!(r, (7, 8, 3, vec![]));
    });
}

// ----- host objects -----

#[derive(Clone, Debug, PartialEq)]
struct Account {
    owner: String,
    balance: i64,
    log: Vec<String>,
}

impl UserData for Account {
    const NAME: &'static str = "Account";
    fn register(c: &mut ClassBuilder<'_, '_, Self>) {
        c.constructor(|_py, (owner, balance): (String, i64)| {
            if balance < 0 {
                return Err(HostError::value_error("negative opening balance"));
            }
            Ok(Account {
                owner,
                balance,
                log: Vec::new(),
            })
        });
        c.method_mut("deposit", |_py, this, (amount,): (i64,)| {
            this.balance += amount;
            this.log.push(format!("+{amount}"));
            Ok::<_, HostError>(this.balance)
        });
        c.method("history", |_py, this, ()| {
            Ok::<_, HostError>(this.log.clone())
        });
        c.method_mut("each", |py, this, (f,): (String,)| {
            // Calls back into Python while `this` is mutably borrowed.
            let _ = this;
            py.call::<()>(&f, ())?;
            Ok::<_, HostError>(())
        });
        c.getter("owner", |_py, this| Ok::<_, HostError>(this.owner.clone()));
        c.getter("balance", |_py, this| Ok::<_, HostError>(this.balance));
        c.setter("balance", |_py, this, v: i64| {
            if v < 0 {
                return Err(HostError::value_error("balance cannot be negative"));
            }
            this.balance = v;
            Ok(())
        });
        c.method("__repr__", |_py, this, ()| {
            Ok::<_, HostError>(format!("Account({:?}, {})", this.owner, this.balance))
        });
        c.method("__len__", |_py, this, ()| {
            Ok::<_, HostError>(this.log.len())
        });
        c.method("__eq__", |_py, this, (other,): (Host<Account>,)| {
            Ok::<_, HostError>(other.0.balance == this.balance)
        });
        c.constant("CURRENCY", "EUR");
    }
}

#[test]
fn host_objects_have_methods_attributes_and_repr() {
    let interp = Interpreter::new();
    interp.add_class::<Account>().unwrap();
    interp
        .run(
            "a = Account('ada', 10)\n\
             a.deposit(5)\n\
             a.balance += 100\n\
             r = repr(a)\n\
             n = len(a)\n\
             t = type(a).__name__\n\
             same = a == Account('bob', 115)\n\
             inst = isinstance(a, Account)\n\
             cur = a.CURRENCY\n",
            "<acct>",
        )
        .unwrap();
    assert_eq!(
        interp.get_global::<String>("r").unwrap(),
        "Account(\"ada\", 115)"
    );
    assert_eq!(interp.get_global::<i64>("n").unwrap(), 1);
    assert_eq!(interp.get_global::<String>("t").unwrap(), "Account");
    assert!(interp.get_global::<bool>("same").unwrap());
    assert!(interp.get_global::<bool>("inst").unwrap());
    assert_eq!(interp.get_global::<String>("cur").unwrap(), "EUR");
    assert_eq!(interp.eval::<Vec<String>>("a.history()").unwrap(), ["+5"]);
    assert_eq!(
        interp.eval::<String>("str(a)").unwrap(),
        "Account(\"ada\", 115)"
    );
    // The host gets its struct back, by copy or in place.
    let Host(acct) = interp.get_global::<Host<Account>>("a").unwrap();
    assert_eq!(acct.balance, 115);
    interp.with_gil(|py| {
        let a = py.global_obj("a").unwrap();
        py.borrow_mut::<Account>(&a).unwrap().balance = 1;
        assert_eq!(py.borrow::<Account>(&a).unwrap().owner, "ada");
        let b = py
            .wrap(Account {
                owner: "host".into(),
                balance: 2,
                log: vec![],
            })
            .unwrap();
        py.set_global("b", b).unwrap();
        let one = py.to_py(1).unwrap();
        assert_eq!(
            py.borrow::<Account>(&one).unwrap_err().last_line(),
            "TypeError: borrow requires a 'Account' object but received a 'int'"
        );
    });
    assert_eq!(interp.eval::<i64>("a.balance + b.balance").unwrap(), 3);
    interp
        .set_global(
            "c",
            Host(Account {
                owner: "c".into(),
                balance: 0,
                log: vec![],
            }),
        )
        .unwrap();
    assert_eq!(interp.eval::<String>("c.owner").unwrap(), "c");
}

#[test]
fn host_object_errors() {
    let interp = Interpreter::new();
    interp.add_class::<Account>().unwrap();
    interp.run("a = Account('ada', 1)", "<x>").unwrap();
    assert_eq!(
        err_line(interp.run("Account('x', -1)", "<x>")),
        "ValueError: negative opening balance"
    );
    assert_eq!(
        err_line(interp.run("Account('x')", "<x>")),
        "TypeError: Account() takes 2 positional arguments (1 given)"
    );
    assert_eq!(
        err_line(interp.run("a.balance = -5", "<x>")),
        "ValueError: balance cannot be negative"
    );
    assert_eq!(
        err_line(interp.run("a.balance = 'x'", "<x>")),
        "TypeError: expected int, got str"
    );
    let e = interp.run("a.owner = 'eve'", "<x>").unwrap_err();
    assert_eq!(e.kind(), "AttributeError");
    let e = interp.run("a.other = 1", "<x>").unwrap_err();
    assert_eq!(e.kind(), "AttributeError");
    assert_eq!(
        err_line(interp.run("Account.deposit(5, 1)", "<x>")),
        "TypeError: Account.deposit() requires a 'Account' object but received a 'int'"
    );
    assert_eq!(
        err_line(interp.run("a.deposit('x')", "<x>")),
        "TypeError: expected int, got str"
    );
    // Re-entrant exclusive borrow: an error, not aliasing.
    assert_eq!(
        err_line(interp.run("def cb():\n    a.deposit(1)\na.each('cb')", "<x>")),
        "RuntimeError: Account object is already borrowed"
    );
    assert_eq!(interp.eval::<i64>("a.balance").unwrap(), 1);
    // Wrong type to Host<T>.
    assert_eq!(
        err_line(interp.eval::<Host<Account>>("1")),
        "TypeError: conversion requires a 'Account' object but received a 'int'"
    );
}

struct Opaque(u32);

impl UserData for Opaque {
    const NAME: &'static str = "Opaque";
    fn register(c: &mut ClassBuilder<'_, '_, Self>) {
        c.getter("id", |_py, this| Ok::<_, HostError>(this.0));
    }
}

#[test]
fn host_class_without_constructor_and_in_a_module() {
    let interp = Interpreter::new();
    interp.add_module("store", |m| {
        m.class::<Opaque>();
        m.function("make", |_py, (id,): (u32,)| {
            Ok::<_, HostError>(Host(Opaque(id)))
        });
    });
    interp
        .run("import store\no = store.make(7)", "<x>")
        .unwrap();
    assert_eq!(interp.eval::<u32>("o.id").unwrap(), 7);
    assert!(interp.eval::<bool>("isinstance(o, store.Opaque)").unwrap());
    assert_eq!(
        err_line(interp.run("store.Opaque()", "<x>")),
        "TypeError: cannot create 'Opaque' instances"
    );
    let r = interp.eval::<String>("repr(o)").unwrap();
    assert!(r.starts_with("<Opaque object at"), "{r}");
    // Two interpreters have separate classes.
    let other = Interpreter::new();
    other.add_class::<Opaque>().unwrap();
    assert!(!other.eval::<bool>("Opaque is None").unwrap());
}

#[test]
fn raw_host_functions_take_and_return_objects() {
    let interp = Interpreter::new();
    interp.add_module("fx", |m| {
        // sort_by(items, key=f): the host calls back a Python callable.
        m.function_raw("sort_by", |py, args, mut kw| {
            let key = kw.take_obj("key");
            kw.finish()?;
            let Some(items) = args.into_iter().next() else {
                return Err(HostError::type_error("sort_by() needs a list"));
            };
            let items: Vec<i64> = py.from_py(&items)?;
            let mut keyed = Vec::new();
            for x in items {
                let k: i64 = match &key {
                    Some(f) => py.call_obj(f, (x,))?,
                    None => x,
                };
                keyed.push((k, x));
            }
            keyed.sort();
            let out: Vec<i64> = keyed.into_iter().map(|(_, x)| x).collect();
            Ok(py.to_py(out)?)
        });
    });
    interp.run("import fx", "<x>").unwrap();
    assert_eq!(
        interp
            .eval::<Vec<i64>>("fx.sort_by([3, -5, 1], key=abs)")
            .unwrap(),
        [1, 3, -5]
    );
    assert_eq!(
        interp.eval::<Vec<i64>>("fx.sort_by([3, 1, 2])").unwrap(),
        [1, 2, 3]
    );
    assert_eq!(
        err_line(interp.eval::<Vec<i64>>("fx.sort_by()")),
        "TypeError: sort_by() needs a list"
    );
    assert_eq!(
        err_line(interp.eval::<Vec<i64>>("fx.sort_by([1], reverse=True)")),
        "TypeError: sort_by() got an unexpected keyword argument 'reverse'"
    );
    assert_eq!(
        err_line(interp.eval::<Vec<i64>>("fx.sort_by([1], key=lambda x: 1 / 0)")),
        "ZeroDivisionError: division by zero"
    );
}
