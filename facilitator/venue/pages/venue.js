// The venue's phone pages: the join code (/), a participant's ballots (/j/TOKEN) and a group
// leader's ideas (/l/TOKEN). Plain ES2017 without a build step (iOS Safari 15 runs it).
// All user text is set with textContent or value, never as HTML. Wording comes from the
// phrases the server embeds in the page (facilitator/venue/phrases.py).
"use strict";

(function () {
  // --- words and numbers ----------------------------------------------------------------
  var phraseNode = document.getElementById("phrases");
  var P = phraseNode ? JSON.parse(phraseNode.textContent) : { texts: {}, plurals: {}, counts: {} };
  var lang = document.documentElement.lang || "en";
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var numbers = window.Intl ? new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }) : null;

  function num(n) {
    return numbers ? numbers.format(n) : String(n);
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      if (!values || !(name in values)) return whole;
      var value = values[name];
      return typeof value === "number" ? num(value) : String(value);
    });
  }

  function t(key, values) {
    var text = P.texts[key];
    return text === undefined ? key : fill(text, values);
  }

  function tn(key, values) {
    var forms = P.plurals[key];
    var count = values[P.counts[key]];
    var one = plurals ? plurals.select(count) === "one" : count === 1;
    return fill(one ? forms[0] : forms[1], values);
  }

  function problemText(code, values) {
    var text = P.texts["problem." + code] || P.texts["problem.other"];
    var named = {};
    (values || []).forEach(function (v, i) {
      named[String(i + 1)] = v;
    });
    return fill(text, named);
  }

  // --- elements -------------------------------------------------------------------------
  function el(tag, props, children) {
    var node = document.createElement(tag);
    var name;
    for (name in props || {}) {
      var value = props[name];
      if (value === undefined || value === null) continue;
      if (name === "text") node.textContent = String(value);
      else if (name.indexOf("-") >= 0 || name === "for" || name === "role") node.setAttribute(name, value);
      else node[name] = value;
    }
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  var counter = 0;
  function uid(prefix) {
    counter += 1;
    return prefix + "-" + counter;
  }

  function randomKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return (b < 16 ? "0" : "") + b.toString(16);
      })
      .join("");
  }

  var connection = document.getElementById("connection");
  var live = document.getElementById("live");

  function announce(text) {
    // The same text twice in a row is announced again only if the region changes.
    live.textContent = "";
    window.setTimeout(function () {
      live.textContent = text;
    }, 50);
  }

  function setConnection(text) {
    if (connection) {
      connection.textContent = text;
      connection.hidden = !text;
    }
  }

  // --- the API --------------------------------------------------------------------------
  function api(method, path, body, key) {
    var headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (key) headers["Idempotency-Key"] = key;
    return fetch(path, {
      method: method,
      headers: headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (reply) {
      return reply.text().then(function (raw) {
        var data = {};
        try {
          data = raw ? JSON.parse(raw) : {};
        } catch (e) {
          data = {};
        }
        return { status: reply.status, data: data || {} };
      });
    });
  }

  function firstProblem(data) {
    if (data && Array.isArray(data.problems) && data.problems.length) return data.problems[0];
    if (data && typeof data.error === "string") return data.error;
    return "other";
  }

  var onState = null; // the page's function that shows a state
  var onReconnect = null;
  var loading = null;
  var again = false;

  function load() {
    if (loading) {
      again = true;
      return loading;
    }
    loading = api("GET", "/api/v1/state")
      .then(function (reply) {
        if (reply.status === 401) {
          setConnection(t("problem.unknown_token"));
          return;
        }
        if (reply.status !== 200) {
          setConnection(problemText(firstProblem(reply.data)));
          return;
        }
        setConnection("");
        onState(reply.data);
      })
      .catch(function () {
        setConnection(t("offline"));
      })
      .then(function () {
        loading = null;
        if (again) {
          again = false;
          load();
        }
      });
    return loading;
  }

  function follow() {
    load();
    if (!window.EventSource) {
      window.setInterval(load, 5000);
      return;
    }
    var events = new EventSource("/api/v1/events");
    events.addEventListener("ready", function () {
      load();
      if (onReconnect) onReconnect();
    });
    events.addEventListener("changed", function () {
      load();
    });
    events.addEventListener("error", function () {
      setConnection(t("offline"));
    });
  }

  // --- the join code page -------------------------------------------------------------
  function codePage() {
    var form = document.getElementById("code-form");
    var input = document.getElementById("code");
    var problem = document.getElementById("code-problem");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      problem.textContent = "";
      api("POST", "/api/v1/join", { code: input.value })
        .then(function (reply) {
          if (reply.status === 200 && reply.data.url) {
            window.location.assign(reply.data.url);
          } else {
            problem.textContent = problemText(firstProblem(reply.data));
            input.focus();
          }
        })
        .catch(function () {
          problem.textContent = t("send_failed");
        });
    });
  }

  // --- the participant page ------------------------------------------------------------
  function participantPage() {
    var area = document.getElementById("votes");
    var waiting = el("p", { className: "waiting", text: t("waiting_vote") });
    var shown = {}; // vote id -> {signature, box, update}
    var first = true;

    onState = function (state) {
      var votes = Array.isArray(state.votes) ? state.votes : [];
      var open = {};
      votes.forEach(function (vote) {
        open[vote.id] = true;
      });
      var closed = false;
      Object.keys(shown).forEach(function (id) {
        if (!open[id]) {
          shown[id].box.remove();
          delete shown[id];
          closed = true;
        }
      });
      var opened = [];
      votes.forEach(function (vote) {
        var signature = JSON.stringify([
          vote.title,
          vote.method,
          vote.items,
          vote.rules,
          vote.criteria || null,
          vote.voters ? vote.voters.map(function (v) { return v.id; }) : null,
          vote.changeable === false,
        ]);
        var current = shown[vote.id];
        if (current && current.signature === signature) {
          current.update(vote);
          return;
        }
        var ballot = new VoteForm(vote, current ? current.ballot : null, state.me ? state.me.label : "");
        if (current) area.replaceChild(ballot.box, current.box);
        else {
          area.appendChild(ballot.box);
          opened.push(vote.title);
        }
        shown[vote.id] = { signature: signature, box: ballot.box, update: ballot.update, ballot: ballot };
      });
      // Keep the open votes in the server's order, moving only what is out of place (a moved
      // form would lose the focus of whoever is filling it in).
      votes.forEach(function (vote, index) {
        var box = shown[vote.id].box;
        if (area.children[index] !== box) area.insertBefore(box, area.children[index] || null);
      });
      if (!votes.length) area.appendChild(waiting);
      else if (waiting.parentNode) waiting.remove();
      if (!first && opened.length) announce(t("vote_opened", { title: opened.join(", ") }));
      else if (closed) announce(t("vote_closed"));
      first = false;
    };
    follow();
  }

  // One open vote's form. ``earlier``: the form this replaces (its unsent choices stay).
  function VoteForm(vote, earlier, me) {
    var self = this;
    var method = vote.method;
    var rules = vote.rules || {};
    var items = vote.items || [];
    var criteria = vote.criteria || [];
    var values = {};
    var dirty = false;
    var key = null; // the Idempotency-Key of the submission being tried
    var voter = vote.my_voter || null;
    var rowProblems = {}; // "item" or "item:criterion" -> <p>
    var refreshers = [];
    var headingId = uuid_();

    function uuid_() {
      return uid("vote");
    }

    function fromBallot(ballot) {
      var copy = {};
      if (ballot && ballot.values) {
        Object.keys(ballot.values).forEach(function (item) {
          var value = ballot.values[item];
          copy[item] = value && typeof value === "object" ? Object.assign({}, value) : value;
        });
      }
      return copy;
    }

    if (earlier && earlier.isDirty()) {
      values = earlier.values();
      dirty = true;
      if (earlier.voter()) voter = earlier.voter();
    } else {
      values = fromBallot(vote.my_ballot);
    }
    var hasBallot = !!vote.my_ballot;

    function budget() {
      return method === "points" ? rules.points_budget : rules.dots_per_voter;
    }
    function perItemMax() {
      var cap = rules.cap_per_item;
      return cap === null || cap === undefined ? budget() : Math.min(cap, budget());
    }
    function value(item) {
      var v = values[item];
      return typeof v === "number" ? v : 0;
    }
    function used() {
      var sum = 0;
      Object.keys(values).forEach(function (item) {
        if (typeof values[item] === "number" && values[item] > 0) sum += values[item];
      });
      return sum;
    }
    function negativeUsed() {
      var sum = 0;
      Object.keys(values).forEach(function (item) {
        if (typeof values[item] === "number" && values[item] < 0) sum -= values[item];
      });
      return sum;
    }
    function topK() {
      return Math.max(1, Math.min(rules.top_k || 1, items.length));
    }
    function setValue(item, v) {
      if (v) values[item] = v;
      else delete values[item];
      changed();
    }
    function changed() {
      dirty = true;
      key = null;
      clearProblems();
      refresh();
    }

    // The problems the server would find (the same codes and numbers), before sending.
    function check() {
      var found = [];
      if (method === "dots" || method === "points") {
        var cap = rules.cap_per_item;
        Object.keys(values).forEach(function (item) {
          var v = values[item];
          if (typeof v !== "number" || !isFinite(v)) found.push({ code: "not_a_number", item: item, values: [] });
          else if (v !== Math.round(v)) found.push({ code: "not_whole_number", item: item, values: [v] });
          else if (v < 0 && !(method === "dots" && rules.negative_dots > 0))
            found.push({ code: "negative_not_allowed", item: item, values: [v] });
          else if (cap !== null && cap !== undefined && Math.abs(v) > cap)
            found.push({ code: "over_cap", item: item, values: [v, cap] });
        });
        if (used() > budget()) found.push({ code: "over_budget", item: null, values: [used(), budget()] });
        if (method === "dots" && negativeUsed() > (rules.negative_dots || 0) && rules.negative_dots > 0)
          found.push({ code: "too_many_negative", item: null, values: [negativeUsed(), rules.negative_dots] });
      } else if (method === "rating") {
        var scales = {};
        criteria.forEach(function (c) {
          scales[c.id] = c;
        });
        Object.keys(values).forEach(function (item) {
          Object.keys(values[item] || {}).forEach(function (cid) {
            var v = values[item][cid];
            var c = scales[cid];
            if (v !== null && c && (v < c.min || v > c.max))
              found.push({ code: "rating_out_of_scale", item: item, criterion: cid, values: [v, c.min, c.max] });
          });
        });
      }
      if (vote.voters && !voter) found.push({ code: "voter_required", item: null, values: [] });
      return found;
    }

    function clearProblems() {
      Object.keys(rowProblems).forEach(function (where) {
        rowProblems[where].textContent = "";
        rowProblems[where].hidden = true;
      });
      formProblem.textContent = "";
    }

    function showProblems(details, codes) {
      clearProblems();
      var general = [];
      (details || []).forEach(function (p) {
        var text = problemText(p.code, p.values);
        var where = p.item ? (p.criterion && rowProblems[p.item + ":" + p.criterion] ? p.item + ":" + p.criterion : p.item) : null;
        var target = where ? rowProblems[where] : null;
        if (target) {
          target.textContent = target.textContent ? target.textContent + " " + text : text;
          target.hidden = false;
        } else general.push(text);
      });
      (codes || []).forEach(function (code) {
        var covered = (details || []).some(function (p) {
          return p.code === code;
        });
        if (!covered) general.push(problemText(code));
      });
      if (general.length === 0 && details && details.length) general.push(t("check_marked"));
      formProblem.textContent = general.join(" ");
    }

    // -- building --------------------------------------------------------------------
    var box = el("section", { className: "vote", "aria-labelledby": headingId });
    box.appendChild(el("h2", { id: headingId, text: vote.title }));
    var instructions = el("p", { className: "muted", text: instructionText() });
    box.appendChild(instructions);

    function instructionText() {
      if (method === "dots") {
        var text = t("instr_dots");
        if (rules.cap_per_item) text += " " + tn("dots_cap", { n: rules.cap_per_item });
        if (rules.negative_dots) text += " " + tn("dots_negative", { n: rules.negative_dots });
        return text;
      }
      if (method === "points") {
        var points = t("instr_points");
        if (rules.cap_per_item) points += " " + tn("points_cap", { n: rules.cap_per_item });
        return points;
      }
      if (method === "ranking") return tn("instr_ranking", { n: topK() });
      if (method === "rating") return t("instr_rating");
      return t("instr_approval");
    }

    var form = el("form", { className: "ballot", noValidate: true });
    var formProblem = el("p", { className: "problem", role: "alert" });
    var left = el("p", { className: "left", "aria-live": "polite" });
    var submit = el("button", { type: "submit", className: "primary" });
    var stored = el("p", { className: "stored muted" });
    var results = el("div", { className: "results" });

    if (vote.rules && vote.rules.anonymous === false) {
      box.appendChild(el("p", { className: "muted", text: t("named_vote") }));
      if (Array.isArray(vote.voters)) form.appendChild(voterPicker());
      else if (vote.my_voter) {
        if (me) box.appendChild(el("p", { className: "voter", text: t("voting_as", { name: me }) }));
      }
    }

    function voterPicker() {
      var set = el("fieldset", { className: "voters" });
      set.appendChild(el("legend", { text: t("find_name") }));
      var searchId = uid("find");
      var search = el("input", { id: searchId, type: "search", autocomplete: "off", className: "search" });
      search.setAttribute("aria-label", t("find_name"));
      var list = el("div", { className: "voter-list", role: "radiogroup" });
      var none = el("p", { className: "muted", text: t("no_name_found"), hidden: true });
      var name = "voter-" + vote.id;
      var rows = vote.voters.map(function (person) {
        var id = uid("voter");
        var radio = el("input", { type: "radio", name: name, id: id, value: person.id, checked: person.id === voter });
        radio.addEventListener("change", function () {
          if (radio.checked) {
            voter = person.id;
            dirty = true;
            key = null;
            clearProblems();
          }
        });
        var row = el("div", { className: "choice" }, [radio, el("label", { for: id, text: person.label })]);
        row.dataset.label = person.label.toLocaleLowerCase(lang);
        return row;
      });
      rows.forEach(function (row) {
        list.appendChild(row);
      });
      search.addEventListener("input", function () {
        var wanted = search.value.trim().toLocaleLowerCase(lang);
        var any = false;
        rows.forEach(function (row) {
          var match = !wanted || row.dataset.label.indexOf(wanted) >= 0;
          row.hidden = !match;
          any = any || match;
        });
        none.hidden = any;
      });
      set.appendChild(search);
      set.appendChild(list);
      set.appendChild(none);
      return set;
    }

    var fields = el("fieldset", { className: "items" });
    fields.appendChild(el("legend", { className: "visually-hidden", text: vote.title }));
    form.appendChild(fields);

    function problemSlot(where) {
      var p = el("p", { className: "problem", hidden: true });
      rowProblems[where] = p;
      return p;
    }

    function stepButton(label, symbol, onClick) {
      var button = el("button", { type: "button", className: "step", text: symbol });
      button.setAttribute("aria-label", label);
      button.addEventListener("click", onClick);
      return button;
    }

    if (method === "dots") {
      items.forEach(function (item) {
        var count = el("output", { className: "count", "aria-label": t("dots_on", { item: item.text }) });
        var minus = stepButton(t("take_dot", { item: item.text }), "−", function () {
          if (canRemove(item.id)) setValue(item.id, value(item.id) - 1);
        });
        var plus = stepButton(t("give_dot", { item: item.text }), "+", function () {
          if (canAdd(item.id)) setValue(item.id, value(item.id) + 1);
        });
        var row = el("div", { className: "item" }, [
          el("div", { className: "item-line" }, [
            el("span", { className: "item-text", text: item.text }),
            el("span", { className: "stepper" }, [minus, count, plus]),
          ]),
          problemSlot(item.id),
        ]);
        fields.appendChild(row);
        refreshers.push(function () {
          count.textContent = num(value(item.id));
          plus.disabled = !canAdd(item.id);
          minus.disabled = !canRemove(item.id);
        });
      });
      refreshers.push(function () {
        var text = tn("dots_left", { n: Math.max(0, budget() - used()), total: budget() });
        if (rules.negative_dots)
          text += " · " + tn("negative_left", { n: Math.max(0, rules.negative_dots - negativeUsed()), total: rules.negative_dots });
        left.textContent = text;
      });
    } else if (method === "points") {
      var step = Math.max(1, Math.floor(budget() / 10));
      items.forEach(function (item) {
        var id = uid("points");
        var input = el("input", { id: id, type: "number", inputMode: "numeric", min: "0", max: String(perItemMax()), step: "1", className: "number" });
        input.addEventListener("input", function () {
          var raw = input.value.trim();
          var parsed = raw === "" ? 0 : Number(raw);
          setValue(item.id, isNaN(parsed) ? raw : parsed);
        });
        var minus = stepButton(t("fewer_points", { item: item.text }), "−", function () {
          setValue(item.id, Math.max(0, value(item.id) - step));
        });
        var plus = stepButton(t("more_points", { item: item.text }), "+", function () {
          var most = Math.min(perItemMax(), value(item.id) + Math.max(0, budget() - used()));
          setValue(item.id, Math.min(most, value(item.id) + step));
        });
        var label = el("label", { for: id, className: "item-text", text: item.text });
        fields.appendChild(
          el("div", { className: "item" }, [
            el("div", { className: "item-line" }, [label, el("span", { className: "stepper" }, [minus, input, plus])]),
            problemSlot(item.id),
          ])
        );
        refreshers.push(function () {
          var v = values[item.id];
          var shownValue = v === undefined ? "" : String(v);
          if (document.activeElement !== input && input.value !== shownValue) input.value = shownValue;
          plus.disabled = value(item.id) >= perItemMax() || used() >= budget();
          minus.disabled = value(item.id) <= 0;
        });
      });
      refreshers.push(function () {
        left.textContent = tn("points_left", { n: budget() - used(), total: budget() });
      });
    } else if (method === "ranking") {
      var selects = [];
      for (var rank = 1; rank <= topK(); rank++) {
        (function (position) {
          var id = uid("rank");
          var select = el("select", { id: id, className: "select" });
          select.appendChild(el("option", { value: "", text: t("no_choice") }));
          items.forEach(function (item) {
            select.appendChild(el("option", { value: item.id, text: item.text }));
          });
          select.addEventListener("change", function () {
            Object.keys(values).forEach(function (item) {
              if (values[item] === position) delete values[item];
            });
            if (select.value) values[select.value] = position;
            changed();
          });
          selects.push(select);
          fields.appendChild(
            el("div", { className: "item" }, [
              el("label", { for: id, className: "item-text", text: t("choice", { n: position }) }),
              select,
            ])
          );
        })(rank);
      }
      items.forEach(function (item) {
        fields.appendChild(problemSlot(item.id));
      });
      refreshers.push(function () {
        selects.forEach(function (select, index) {
          var chosen = "";
          Object.keys(values).forEach(function (item) {
            if (values[item] === index + 1) chosen = item;
          });
          select.value = chosen;
        });
        left.textContent = "";
      });
    } else if (method === "rating") {
      items.forEach(function (item) {
        var itemSet = el("fieldset", { className: "item" });
        itemSet.appendChild(el("legend", { className: "item-text", text: item.text }));
        itemSet.appendChild(problemSlot(item.id));
        criteria.forEach(function (criterion) {
          var group = el("fieldset", { className: "scale" });
          group.appendChild(el("legend", { text: criterion.name }));
          var name = uid("rate");
          var options = [];
          for (var score = criterion.min; score <= criterion.max; score++) options.push(score);
          options.push(null);
          var radios = [];
          var row = el("div", { className: "scale-row" });
          options.forEach(function (score) {
            var id = uid("score");
            var radio = el("input", { type: "radio", name: name, id: id, value: score === null ? "" : String(score) });
            radio.addEventListener("change", function () {
              if (!radio.checked) return;
              var ratings = Object.assign({}, values[item.id] || {});
              if (score === null) delete ratings[criterion.id];
              else ratings[criterion.id] = score;
              if (Object.keys(ratings).length) values[item.id] = ratings;
              else delete values[item.id];
              changed();
            });
            var label = el("label", { for: id, className: "pill", text: score === null ? t("skip") : num(score) });
            radio.setAttribute("aria-label", score === null ? t("skip") : t("rating_of", { criterion: criterion.name, item: item.text }) + ": " + num(score));
            radios.push({ radio: radio, score: score });
            row.appendChild(el("span", { className: "score" }, [radio, label]));
          });
          group.appendChild(row);
          group.appendChild(problemSlot(item.id + ":" + criterion.id));
          itemSet.appendChild(group);
          refreshers.push(function () {
            var ratings = values[item.id] || {};
            var current = criterion.id in ratings ? ratings[criterion.id] : null;
            radios.forEach(function (r) {
              r.radio.checked = r.score === current;
            });
          });
        });
        fields.appendChild(itemSet);
      });
      refreshers.push(function () {
        left.textContent = "";
      });
    } else {
      items.forEach(function (item) {
        var id = uid("approve");
        var box_ = el("input", { type: "checkbox", id: id, className: "check" });
        box_.addEventListener("change", function () {
          setValue(item.id, box_.checked ? 1 : 0);
        });
        fields.appendChild(
          el("div", { className: "item choice" }, [box_, el("label", { for: id, className: "item-text", text: item.text }), problemSlot(item.id)])
        );
        refreshers.push(function () {
          box_.checked = value(item.id) > 0;
        });
      });
      refreshers.push(function () {
        left.textContent = "";
      });
    }

    function canAdd(item) {
      var current = value(item);
      if (current < 0) return true;
      return budget() - used() > 0 && current + 1 <= perItemMax();
    }
    function canRemove(item) {
      var current = value(item);
      if (current > 0) return true;
      var negative = rules.negative_dots || 0;
      var cap = rules.cap_per_item;
      var negativeCap = cap === null || cap === undefined ? negative : Math.min(negative, cap);
      return negativeUsed() < negative && -(current - 1) <= negativeCap;
    }

    form.appendChild(left);
    form.appendChild(formProblem);
    form.appendChild(submit);
    form.appendChild(stored);
    box.appendChild(form);
    box.appendChild(results);

    var locked = vote.changeable === false;
    if (locked) {
      form.hidden = true;
      box.appendChild(el("p", { className: "stored", text: t("not_changeable") }));
    }
    if (vote.rules && vote.rules.anonymous === false && !Array.isArray(vote.voters) && !vote.my_voter) {
      form.hidden = true;
      box.appendChild(el("p", { className: "problem", text: t("problem.named_vote_needs_badge") }));
    }

    function refresh() {
      refreshers.forEach(function (f) {
        f();
      });
      submit.textContent = hasBallot ? t("change_ballot") : t("submit");
      stored.textContent = hasBallot && !dirty ? t("ballot_stored") : "";
    }

    function showResults(rows) {
      results.replaceChildren();
      if (!Array.isArray(rows) || !rows.length) return;
      var names = {};
      items.forEach(function (item) {
        names[item.id] = item.text;
      });
      results.appendChild(el("h3", { text: t("results_heading") }));
      var list = el("ol", { className: "result-list" });
      rows.forEach(function (row) {
        list.appendChild(el("li", { text: t("result_row", { rank: row.rank, item: names[row.id] || "", score: row.score }) }));
      });
      results.appendChild(list);
    }

    var sending = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (sending) return;
      var problems = check();
      if (problems.length) {
        showProblems(problems, []);
        return;
      }
      if (!Object.keys(values).length && !hasBallot) {
        formProblem.textContent = t("empty_ballot");
        return;
      }
      if (!key) key = randomKey();
      var body = { values: values };
      if (voter && Array.isArray(vote.voters)) body.voter = voter;
      sending = true;
      submit.disabled = true;
      formProblem.textContent = t("sending");
      api("POST", "/api/v1/votes/" + encodeURIComponent(vote.id) + "/ballot", body, key)
        .then(function (reply) {
          if (reply.status === 200) {
            key = null;
            dirty = false;
            hasBallot = true;
            clearProblems();
            refresh();
            announce(t("saved"));
            return;
          }
          if (reply.status === 422) {
            key = null;
            showProblems(reply.data.details || [], reply.data.problems || []);
            return;
          }
          if (reply.status === 429 || reply.status >= 500) {
            formProblem.textContent = problemText(firstProblem(reply.data));
            return; // the same key on the next try
          }
          key = null;
          formProblem.textContent = problemText(firstProblem(reply.data));
          if (reply.status === 404) load();
        })
        .catch(function () {
          formProblem.textContent = t("send_failed");
        })
        .then(function () {
          sending = false;
          submit.disabled = false;
        });
    });

    self.box = box;
    self.isDirty = function () {
      return dirty;
    };
    self.values = function () {
      return JSON.parse(JSON.stringify(values));
    };
    self.voter = function () {
      return voter;
    };
    self.update = function (fresh) {
      vote = fresh;
      if (!dirty && !sending) {
        values = fromBallot(fresh.my_ballot);
        hasBallot = !!fresh.my_ballot;
        refresh();
      }
      showResults(fresh.results);
    };
    refresh();
    showResults(vote.results);
  }

  // --- the leader page -------------------------------------------------------------------
  function leaderPage() {
    var storeKey = "facilitator.queue:" + window.location.pathname;
    var groupHeading = document.getElementById("group");
    var form = document.getElementById("add-form");
    var input = document.getElementById("idea-text");
    var addProblem = document.getElementById("add-problem");
    var questionBox = document.getElementById("question-box");
    var list = document.getElementById("ideas");
    var none = document.getElementById("no-ideas");
    var pendingLine = document.getElementById("pending");
    var state = null;
    var question = null; // the chosen question's id
    var questionSignature = "";
    var editing = null; // {id, input, pendingKey}
    var confirming = null; // idea id
    var queue = readQueue();
    var flushing = false;
    var retryDelay = 1000;
    var retryTimer = null;

    function readQueue() {
      try {
        var stored = JSON.parse(window.localStorage.getItem(storeKey) || "[]");
        return Array.isArray(stored) ? stored : [];
      } catch (e) {
        return [];
      }
    }
    function saveQueue() {
      try {
        window.localStorage.setItem(storeKey, JSON.stringify(queue));
      } catch (e) {
        // private mode without storage: the queue lives as long as the page
      }
    }

    function showQuestions(questions) {
      var signature = JSON.stringify(questions);
      if (signature === questionSignature) return;
      questionSignature = signature;
      questionBox.replaceChildren();
      var ids = questions.map(function (q) {
        return q.id;
      });
      if (ids.indexOf(question) < 0) question = ids.length ? ids[0] : null;
      if (questions.length > 1) {
        var select = el("select", { id: "question", className: "select" });
        questions.forEach(function (q) {
          select.appendChild(el("option", { value: q.id, text: q.text, selected: q.id === question }));
        });
        select.addEventListener("change", function () {
          question = select.value;
          render();
        });
        questionBox.appendChild(el("label", { for: "question", text: t("question_label") }));
        questionBox.appendChild(select);
      } else if (questions.length === 1) {
        questionBox.appendChild(el("p", { className: "question", text: questions[0].text }));
      } else {
        questionBox.appendChild(el("p", { className: "problem", text: t("problem.no_question") }));
      }
    }

    onState = function (fresh) {
      state = fresh;
      if (!fresh.group) {
        groupHeading.textContent = t("no_group");
        form.hidden = true;
        return;
      }
      groupHeading.textContent = fresh.group.name;
      form.hidden = false;
      showQuestions(fresh.questions || []);
      render();
    };

    function button(text, onClick, className) {
      var b = el("button", { type: "button", text: text, className: className || "" });
      b.addEventListener("click", onClick);
      return b;
    }

    function render() {
      var ideas = state && Array.isArray(state.ideas) ? state.ideas : [];
      var several = state && state.questions && state.questions.length > 1;
      var byId = {};
      ideas.forEach(function (idea) {
        byId[idea.id] = idea;
      });
      var edits = {};
      var deletes = {};
      queue.forEach(function (entry) {
        if (entry.op === "edit") edits[entry.id] = entry;
        if (entry.op === "delete") deletes[entry.id] = true;
      });
      var rows = [];
      ideas.forEach(function (idea) {
        if (several && idea.question && idea.question !== question) return;
        if (deletes[idea.id]) return;
        var edit = edits[idea.id];
        rows.push({ id: idea.id, text: edit ? edit.text : idea.text, pending: !!edit, merged: idea.merged_into, own: true });
      });
      queue.forEach(function (entry) {
        if (entry.op !== "add") return;
        if (several && entry.question && entry.question !== question) return;
        rows.push({ id: "pending:" + entry.key, key: entry.key, text: entry.text, pending: true, merged: null });
      });
      var keepFocus = editing && document.activeElement === editing.input;
      // A button that had the focus gets it back in the new list (same idea, same words).
      var active = document.activeElement;
      var focusedRow = active && active.tagName === "BUTTON" && list.contains(active) ? active.closest("li") : null;
      var focused = focusedRow ? [focusedRow.dataset.id, active.textContent] : null;
      list.replaceChildren();
      rows.forEach(function (row) {
        list.appendChild(ideaRow(row, byId));
      });
      if (keepFocus) editing.input.focus();
      else if (focused) {
        Array.prototype.forEach.call(list.querySelectorAll("li"), function (li) {
          if (li.dataset.id !== focused[0]) return;
          Array.prototype.forEach.call(li.querySelectorAll("button"), function (b) {
            if (b.textContent === focused[1]) b.focus();
          });
        });
      }
      none.hidden = rows.length > 0;
      var waiting = queue.length;
      pendingLine.hidden = !waiting;
      pendingLine.textContent = waiting ? tn("pending", { n: waiting }) : "";
    }

    function ideaRow(row, byId) {
      var li = el("li", { className: "idea" });
      li.dataset.id = row.id;
      if (editing && editing.id === row.id) {
        var save = button(t("save"), function () {
          finishEdit();
        }, "primary");
        var cancel = button(t("cancel"), function () {
          editing = null;
          render();
        });
        li.appendChild(el("label", { for: "edit-text", className: "visually-hidden", text: t("edit_label") }));
        li.appendChild(editing.input);
        li.appendChild(el("div", { className: "actions" }, [save, cancel]));
        li.appendChild(editing.problem);
        return li;
      }
      li.appendChild(el("span", { className: "idea-text", text: row.text }));
      if (row.merged) {
        var target = byId[row.merged];
        li.appendChild(el("span", { className: "note", text: target ? t("merged_into", { text: target.text }) : t("merged") }));
      }
      if (row.pending) li.appendChild(el("span", { className: "note pending-note", text: t("waiting_to_send") }));
      if (confirming === row.id) {
        li.appendChild(
          el("div", { className: "actions", role: "group", "aria-label": t("confirm_delete") }, [
            el("span", { className: "confirm", text: t("confirm_delete") }),
            button(t("yes_delete"), function () {
              confirming = null;
              remove(row);
            }, "danger"),
            button(t("keep"), function () {
              confirming = null;
              render();
            }),
          ])
        );
        return li;
      }
      if (!row.merged) {
        var editButton = button(t("edit"), function () {
          var field = el("input", { id: "edit-text", type: "text", value: row.text, maxLength: 2000, className: "edit" });
          field.addEventListener("keydown", function (event) {
            if (event.key === "Enter") {
              event.preventDefault();
              finishEdit();
            } else if (event.key === "Escape") {
              editing = null;
              render();
            }
          });
          editing = { id: row.id, input: field, problem: el("p", { className: "problem", role: "alert" }) };
          render();
          field.focus();
        });
        editButton.setAttribute("aria-label", t("edit") + ": " + row.text);
        var deleteButton = button(t("delete"), function () {
          confirming = row.id;
          render();
        });
        deleteButton.setAttribute("aria-label", t("delete") + ": " + row.text);
        li.appendChild(el("div", { className: "actions" }, [editButton, deleteButton]));
      }
      return li;
    }

    // The row being edited is found by its id when it is saved: an idea sent meanwhile
    // has its own id by then (see flush).
    function finishEdit() {
      var text = editing.input.value.trim();
      if (!text) {
        editing.problem.textContent = problemText("empty_idea");
        return;
      }
      var row = { id: editing.id, key: null };
      if (editing.id.indexOf("pending:") === 0) row.key = editing.id.slice("pending:".length);
      editing = null;
      if (row.key) {
        queue.forEach(function (entry) {
          if (entry.key === row.key) entry.text = text;
        });
      } else {
        queue = queue.filter(function (entry) {
          return !(entry.op === "edit" && entry.id === row.id);
        });
        queue.push({ op: "edit", id: row.id, text: text, key: randomKey() });
      }
      saveQueue();
      render();
      flush();
    }

    function remove(row) {
      if (row.key) {
        queue = queue.filter(function (entry) {
          return entry.key !== row.key;
        });
      } else {
        queue = queue.filter(function (entry) {
          return entry.id !== row.id;
        });
        queue.push({ op: "delete", id: row.id, key: randomKey() });
      }
      saveQueue();
      render();
      flush();
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      addProblem.textContent = "";
      var text = input.value.trim();
      if (!text) {
        addProblem.textContent = problemText("empty_idea");
        return;
      }
      // Into the queue (and local storage) first: the text is never lost.
      queue.push({ op: "add", key: randomKey(), text: text, question: question });
      saveQueue();
      input.value = "";
      render();
      flush();
    });

    function send(entry) {
      if (entry.op === "add") {
        var body = { text: entry.text };
        if (entry.question) body.question = entry.question;
        return api("POST", "/api/v1/ideas", body, entry.key);
      }
      var path = "/api/v1/ideas/" + encodeURIComponent(entry.id);
      if (entry.op === "edit") return api("PATCH", path, { text: entry.text }, entry.key);
      return api("DELETE", path, undefined, entry.key);
    }

    // A sent idea stays in the list, under the id the server gave it, until the state
    // that holds it arrives; an edit or a deletion begun on it carries over.
    function sent(entry, id) {
      if (!id || !state || !Array.isArray(state.ideas)) return;
      var known = state.ideas.some(function (idea) {
        return idea.id === id;
      });
      if (!known) state.ideas.push({ id: id, text: entry.text, question: entry.question, merged_into: null });
      var was = "pending:" + entry.key;
      if (editing && editing.id === was) editing.id = id;
      if (confirming === was) confirming = id;
    }

    function retryLater() {
      if (retryTimer) return;
      retryTimer = window.setTimeout(function () {
        retryTimer = null;
        flush();
      }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    }

    function flush() {
      if (flushing || !queue.length) return;
      flushing = true;
      var entry = queue[0];
      send(entry)
        .then(function (reply) {
          if (reply.status === 429 || reply.status >= 500) throw new Error("later");
          queue = queue.filter(function (e) {
            return e !== entry;
          });
          saveQueue();
          retryDelay = 1000;
          setConnection("");
          if (reply.status < 300 && entry.op === "add") sent(entry, reply.data.id);
          if (reply.status < 300) {
            if (entry.op === "add") announce(t("idea_added"));
            else if (entry.op === "delete") announce(t("idea_deleted"));
            else announce(t("saved"));
          } else {
            var code = firstProblem(reply.data);
            if (entry.op === "add" && reply.status === 422 && !input.value) input.value = entry.text;
            if (reply.status === 404 && entry.op === "delete") code = null;
            if (code) addProblem.textContent = problemText(code);
          }
          flushing = false;
          render();
          load();
          flush();
        })
        .catch(function () {
          flushing = false;
          setConnection(t("offline"));
          render();
          retryLater();
        });
    }

    onReconnect = function () {
      retryDelay = 1000;
      flush();
    };
    window.addEventListener("online", function () {
      retryDelay = 1000;
      flush();
    });
    render();
    follow();
    flush();
  }

  var page = document.body.getAttribute("data-page");
  if (page === "code") codePage();
  else if (page === "participant") participantPage();
  else if (page === "leader") leaderPage();
})();
