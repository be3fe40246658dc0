/* SWAN course: the store keys of learning records (xAPI, cmi5), all under "xapi:", and their validator.
 *
 * window.swanXapiKeys.validate(key, value) -> true when value has the shape its key needs.
 * The store's registry of validators per key kind can register it for the prefix "xapi:";
 * xapi.js and cmi5.js read their keys only through it.
 *   xapi:toestemming          {antwoord: "ja" | "nee", endpoint: string, datum: ISO string}
 *   xapi:leerling             {id: uuid, registratie: uuid, naam: string (may be "")}
 *   xapi:wachtrij             [statement, ...] waiting to be sent (at most 500)
 *   xapi:geweigerd            [statement, ...] the LRS refused as invalid (at most 50, kept for a trainer)
 *   xapi:verzonden            {fact: true | number} what was put in the queue already
 *   xapi:cmi5:leerling        "homePage|name" of the LMS learner whose data this browser holds
 *   xapi:cmi5:<registration>  {completed: bool, passed: bool, failed: null | 0..100, ids: {verb: uuid}}
 */
(function () {
  "use strict";

  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  var VERBS = ["completed", "passed", "failed"];

  function isObject(value) {
    return Boolean(value) && typeof value === "object" && !Array.isArray(value);
  }

  function shortText(value, max) {
    return typeof value === "string" && value.length <= max;
  }

  function isStatement(value) {
    return isObject(value) && typeof value.id === "string" && UUID.test(value.id) && isObject(value.actor) &&
      isObject(value.verb) && shortText(value.verb.id, 500) && isObject(value.object) &&
      shortText(value.object.id, 500) && JSON.stringify(value).length <= 8000;
  }

  function isList(value, max) {
    return Array.isArray(value) && value.length <= max && value.every(isStatement);
  }

  function isCmi5Record(value) {
    return isObject(value) && typeof value.completed === "boolean" && typeof value.passed === "boolean" &&
      (value.failed === null || (typeof value.failed === "number" && value.failed >= 0 && value.failed <= 100)) &&
      isObject(value.ids) && Object.keys(value.ids).every(function (verb) {
        return VERBS.indexOf(verb) !== -1 && typeof value.ids[verb] === "string" && UUID.test(value.ids[verb]);
      });
  }

  var EXACT = {
    "xapi:toestemming": function (value) {
      return isObject(value) && (value.antwoord === "ja" || value.antwoord === "nee") &&
        shortText(value.endpoint, 2000) && shortText(value.datum, 40);
    },
    "xapi:leerling": function (value) {
      return isObject(value) && typeof value.id === "string" && UUID.test(value.id) &&
        typeof value.registratie === "string" && UUID.test(value.registratie) && shortText(value.naam, 100);
    },
    "xapi:wachtrij": function (value) { return isList(value, 500); },
    "xapi:geweigerd": function (value) { return isList(value, 50); },
    "xapi:verzonden": function (value) {
      return isObject(value) && Object.keys(value).length <= 200 && Object.keys(value).every(function (fact) {
        return fact.length <= 200 && (value[fact] === true || typeof value[fact] === "number");
      });
    },
    "xapi:cmi5:leerling": function (value) { return shortText(value, 2000); }
  };

  function validate(key, value) {
    if (EXACT[key]) return EXACT[key](value);
    if (key.indexOf("xapi:cmi5:") === 0) return UUID.test(key.slice(10)) && isCmi5Record(value);
    return false;
  }

  window.swanXapiKeys = { prefix: "xapi:", validate: validate, uuidPattern: UUID };
})();
